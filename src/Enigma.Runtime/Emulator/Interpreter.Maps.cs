using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Emulator;

/// <summary>Map instructions: get_map_elements, put_map_assoc, put_map_exact, has_map_fields.</summary>
public sealed partial class Interpreter
{
    // The pairs of a put_map_* instruction, reordered by Maps (reused: no allocation per update).
    private Term[] _mapKeys = new Term[16];
    private Term[] _mapValues = new Term[16];

    private bool ExecuteMap(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module)
    {
        var stack = p.Stack;
        var sp = p.Sp;
        var consts = module.Constants;
        var extra = module.Extra;
        switch (i.Op)
        {
            case Op.GetMapElements:
            {
                // A fail, B src, C/D the list [Key, Dst, ...]. Every key is looked up before any
                // destination is written, so a destination may be a key's or the map's register.
                var map = Get(i.B, x, stack, sp, consts);
                if (!map.IsMap)
                    return FailOrRaise(p, i.A, ref pc, Atoms.Badmap, map);
                int pairs = i.D / 2;
                var found = pairs <= 16 ? _mapValues : new Term[pairs];
                for (int k = 0; k < pairs; k++)
                {
                    var key = Get(extra[i.C + 2 * k], x, stack, sp, consts);
                    if (!Maps.TryGet(map, key, out found[k]))
                    {
                        found.AsSpan(0, k).Clear();
                        return FailOrRaise(p, i.A, ref pc, Atoms.Badkey, key);
                    }
                }
                for (int k = 0; k < pairs; k++)
                    Put(extra[i.C + 2 * k + 1], found[k], x, stack, sp);
                found.AsSpan(0, pairs).Clear();
                pc++;
                return true;
            }
            case Op.HasMapFields:
            {
                // A fail, B src, C/D the list of keys.
                var map = Get(i.B, x, stack, sp, consts);
                if (!map.IsMap)
                    return FailOrRaise(p, i.A, ref pc, Atoms.Badmap, map);
                for (int k = 0; k < i.D; k++)
                {
                    var key = Get(extra[i.C + k], x, stack, sp, consts);
                    if (!Maps.ContainsKey(map, key))
                        return FailOrRaise(p, i.A, ref pc, Atoms.Badkey, key);
                }
                pc++;
                return true;
            }
            case Op.PutMapAssoc or Op.PutMapExact:
                return PutMap(p, ref i, x, ref pc, module);
            default:
                throw new InvalidOperationException($"{i.Op} is not a map instruction");
        }
    }

    /// <summary>
    /// put_map_assoc / put_map_exact Fail Src Dst Live [Key, Value, ...] (fields A..F): a new
    /// map; the source is never changed. Like BEAM, a collection point with Live registers
    /// and the source (kept in x[Live] meanwhile) as roots.
    /// </summary>
    private bool PutMap(Process p, ref Instr i, Term[] x, ref int pc, LoadedModule module)
    {
        var consts = module.Constants;
        var extra = module.Extra;
        var map = Get(i.B, x, p.Stack, p.Sp, consts);
        if (!map.IsMap)
            return FailOrRaise(p, i.A, ref pc, Atoms.Badmap, map);

        int live = i.D;
        int pairs = i.F / 2;
        bool exact = i.Op == Op.PutMapExact;
        int need = Maps.PutWords(map, pairs);
        if (p.Heap.NeedsCollection(need))
        {
            x[live] = map;
            MaybeCollect(p, x, live + 1, need, p.Sp);
            map = x[live];
        }

        var stack = p.Stack;
        var sp = p.Sp;
        if (_mapKeys.Length < pairs)
        {
            _mapKeys = new Term[pairs];
            _mapValues = new Term[pairs];
        }
        var keys = _mapKeys.AsSpan(0, pairs);
        var values = _mapValues.AsSpan(0, pairs);
        for (int k = 0; k < pairs; k++)
        {
            keys[k] = Get(extra[i.E + 2 * k], x, stack, sp, consts);
            values[k] = Get(extra[i.E + 2 * k + 1], x, stack, sp, consts);
        }

        Term result;
        if (!exact)
        {
            result = Maps.PutAll(p.Heap, map, keys, values);
        }
        else if (!Maps.TryUpdateAll(p.Heap, map, keys, values, out result))
        {
            keys.Clear();
            values.Clear();
            return FailOrRaise(p, i.A, ref pc, Atoms.Badkey, result);
        }
        keys.Clear();
        values.Clear();
        Put(i.C, result, x, stack, sp);
        pc++;
        return true;
    }

    /// <summary>Jumps to <paramref name="fail"/> when there is one, else raises {Tag, Value}.</summary>
    private static bool FailOrRaise(Process p, int fail, ref int pc, Term tag, Term value)
    {
        if (fail >= 0)
        {
            pc = fail;
            return true;
        }
        RaiseTagged(p, tag, value);
        return false;
    }
}
