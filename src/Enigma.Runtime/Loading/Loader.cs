using Enigma.Beam;
using Enigma.Beam.Code;
using Enigma.Runtime.Code;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;
using BeamOperand = Enigma.Beam.Code.Operand;
using CodeOperand = Enigma.Runtime.Code.Operand;

namespace Enigma.Runtime.Loading;

/// <summary>
/// Turns a parsed <see cref="BeamFile"/> into a <see cref="LoadedModule"/>: atoms interned,
/// literals built once, imports bound to export entries, labels resolved to instruction
/// indices, operands pre-decoded by <see cref="OperandShapes"/>, then specialised by
/// <see cref="Specializer"/>. Publishing the exports is the caller's last step.
/// </summary>
internal sealed class Loader
{
    private readonly BeamFile _file;
    private readonly ExportTable _exports;
    private readonly Term[] _atoms;
    private readonly List<Term> _constants;
    private readonly Dictionary<(ulong, object?), int> _constantIndex = [];
    private readonly List<Instr> _code = [];
    private readonly List<int> _extra = [];
    private readonly int[] _labels;
    private readonly List<(int Instr, int Field, int Label)> _codeFixups = [];
    private readonly List<(int Slot, int Label)> _extraFixups = [];

    private Loader(BeamFile file, ExportTable exports)
    {
        _file = file;
        _exports = exports;
        _atoms = [.. file.Atoms.Select(name => Atoms.TryIntern(name) ?? throw Error("the atom table is full (system_limit)"))];
        _constants = [.. LiteralArea.Build(file.Literals, (m, f, a) => exports.Get(m, f, a))];
        _labels = new int[file.CodeHeader.LabelCount];
        Array.Fill(_labels, -1);
    }

    public static LoadedModule Load(BeamFile file, ExportTable exports, bool specialize = true) =>
        new Loader(file, exports).Run(specialize);

    private LoadedModule Run(bool specialize)
    {
        var functionStarts = new List<int>();
        var functions = new List<(Term, int)>();
        var lineStarts = new List<int>();
        var locations = new List<(string, int)>();

        foreach (var instruction in _file.Code)
        {
            switch (instruction.Op)
            {
                case GenericOp.Label:
                    _labels[instruction.Operands[0].Value] = _code.Count;
                    continue;
                case GenericOp.Line:
                    var location = Location((int)instruction.Operands[0].Value);
                    if (lineStarts.Count > 0 && lineStarts[^1] == _code.Count)
                        locations[^1] = location;
                    else
                    {
                        lineStarts.Add(_code.Count);
                        locations.Add(location);
                    }
                    continue;
                case GenericOp.FuncInfo:
                    functionStarts.Add(_code.Count);
                    functions.Add((Atom(instruction.Operands[1]), (int)instruction.Operands[2].Value));
                    break;
            }
            Emit(instruction);
        }

        foreach (var (index, field, label) in _codeFixups)
        {
            var instr = _code[index];
            SetField(ref instr, field, Target(label));
            _code[index] = instr;
        }
        var extra = _extra.ToArray();
        foreach (var (slot, label) in _extraFixups)
            extra[slot] = Target(label);
        var natives = BindNifStubs(functionStarts, functions);

        var module = new LoadedModule
        {
            Name = _atoms[0],
            Code = [.. _code],
            Constants = [.. _constants],
            Extra = extra,
            Imports = [.. _file.Imports.Select(i => _exports.Get(Atoms.Intern(i.Module), Atoms.Intern(i.Function), i.Arity)), .. natives],
            Exports = [.. _file.Exports
                .Where(e => !IsNifStub(Target(e.Label)))
                .Select(e => (_exports.Get(_atoms[0], Atoms.Intern(e.Function), e.Arity), Target(e.Label)))],
            Lines = new LineMap([.. functionStarts], [.. functions], [.. lineStarts], [.. locations]),
            Strings = _file.Strings.ToArray(),
            File = _file,
            OnLoad = OnLoadFunction(functionStarts, functions),
        };
        module.Funs = [.. _file.Lambdas.Select(l =>
            new FunEntry(module, Atoms.Intern(l.Function), l.Arity, Target(l.Label), l.Index, l.FreeCount, l.OldUniq))];
        if (specialize)
            Specializer.Apply(module);
        return module;
    }

    /// <summary>The function that opens with on_load (-on_load(F/0)), if any, and its entry.</summary>
    private (Term Function, int Entry)? OnLoadFunction(List<int> functionStarts, List<(Term Name, int Arity)> functions)
    {
        for (var f = 0; f < functions.Count; f++)
        {
            if (functionStarts[f] + 1 < _code.Count && _code[functionStarts[f] + 1].Op == Op.OnLoad)
                return (functions[f].Name, functionStarts[f] + 1);
        }
        return null;
    }

    /// <summary>
    /// NIF stubs of functions the runtime implements natively (prim_file:open_nif/2 ...) call
    /// the native code instead, as erlang:load_nif makes them do in BEAM: the module's own
    /// local calls reach it too. The stub's first instruction becomes a tail call through an
    /// import added for it; the exports the stubs need are returned.
    /// </summary>
    private List<Export> BindNifStubs(List<int> functionStarts, List<(Term Name, int Arity)> functions)
    {
        var natives = new List<Export>();
        for (var f = 0; f < functions.Count; f++)
        {
            var entry = functionStarts[f] + 1;
            var (name, arity) = functions[f];
            if (!IsNifStub(entry) || _exports.Find(_atoms[0], name, arity) is not { Bif: not null } native)
                continue;
            _code[entry] = new Instr { Op = Op.CallExtOnly, A = arity, B = _file.Imports.Count + natives.Count };
            natives.Add(native);
        }
        return natives;
    }

    /// <summary>
    /// A function whose whole body is a tail call to erlang:nif_error (after a nif_start
    /// marker and at most one move of its argument): the stand-in a BIF or NIF has in its
    /// .beam. It is not exported, so calling a BIF this runtime lacks raises undef, as
    /// calling a missing function does.
    /// </summary>
    private bool IsNifStub(int entry)
    {
        if (entry < _code.Count && _code[entry].Op == Op.NifStart)
            entry++;
        if (entry < _code.Count && _code[entry].Op == Op.Move)
            entry++;
        if (entry >= _code.Count || _code[entry].Op != Op.CallExtOnly || _code[entry].B >= _file.Imports.Count)
            return false;
        var import = _file.Imports[_code[entry].B];
        return import is { Module: "erlang", Function: "nif_error" };
    }

    private void Emit(in Instruction instruction)
    {
        var shape = OperandShapes.Of(instruction.Op)
            ?? throw Error($"instruction {instruction.Name} is not supported (OTP 25's erlc does not emit it)");
        var instr = new Instr { Op = (Op)instruction.Op };
        var field = 0;
        for (var i = 0; i < shape.Length; i++)
        {
            var operand = instruction.Operands[i];
            switch (shape[i])
            {
                case 's':
                    SetField(ref instr, field++, Source(operand));
                    break;
                case 'd':
                    SetField(ref instr, field++, Destination(operand, instruction));
                    break;
                case 'f':
                    LabelField(ref instr, field++, operand, instruction);
                    break;
                case 'F':
                    if (operand.Kind == OperandKind.Atom)
                        SetField(ref instr, field++, _file.AtomName(operand.Value) == "resume" ? -2 : -1);
                    else
                        LabelField(ref instr, field++, operand, instruction);
                    break;
                case 'u':
                    SetField(ref instr, field++, Number(operand, instruction));
                    break;
                case 'a':
                    SetField(ref instr, field++, HeapNeed(operand, instruction));
                    break;
                case 'l':
                    var (start, count) = List(operand, instruction);
                    SetField(ref instr, field++, start);
                    SetField(ref instr, field++, count);
                    break;
            }
        }
        _code.Add(instr);
    }

    private void LabelField(ref Instr instr, int field, BeamOperand operand, in Instruction instruction)
    {
        if (operand.Kind != OperandKind.Label)
            throw Error($"{instruction.Name}: expected a label, found {operand}");
        if (operand.Value == 0)
            SetField(ref instr, field, -1);
        else
            _codeFixups.Add((_code.Count, field, (int)operand.Value));
    }

    private int Source(BeamOperand operand) => operand.Kind switch
    {
        OperandKind.X => CodeOperand.Encode(CodeOperand.X, (int)operand.Value),
        OperandKind.Y => CodeOperand.Encode(CodeOperand.Y, (int)operand.Value),
        OperandKind.FloatRegister => CodeOperand.Encode(CodeOperand.FloatReg, (int)operand.Value),
        OperandKind.Literal => CodeOperand.Encode(CodeOperand.Const, (int)operand.Value),
        OperandKind.Atom => Constant(Atom(operand)),
        OperandKind.Nil => Constant(Term.Nil),
        OperandKind.Integer => Constant(Term.Integer(operand.BigValue)),
        OperandKind.Character or OperandKind.Unsigned => Constant(Term.Small(operand.Value)),
        OperandKind.Float => Constant(LiteralArea.Build([new Beam.Etf.EFloat(operand.FloatValue)], (m, f, a) => _exports.Get(m, f, a))[0]),
        _ => throw Error($"operand {operand} cannot be a value"),
    };

    private int Destination(BeamOperand operand, in Instruction instruction) => operand.Kind switch
    {
        OperandKind.X or OperandKind.Y or OperandKind.FloatRegister => Source(operand),
        _ => throw Error($"{instruction.Name}: operand {operand} is not a register"),
    };

    private int Number(BeamOperand operand, in Instruction instruction) =>
        operand.Kind is OperandKind.Unsigned or OperandKind.Integer && !operand.IsBig && operand.Value is >= 0 and <= int.MaxValue
            ? (int)operand.Value
            : throw Error($"{instruction.Name}: expected a number, found {operand}");

    /// <summary>Words to reserve: a number, or an allocation list (a float takes two words here).</summary>
    private int HeapNeed(BeamOperand operand, in Instruction instruction)
    {
        if (operand.Kind != OperandKind.AllocList)
            return Number(operand, instruction);
        long words = 0;
        foreach (var entry in operand.AllocEntries)
            words += entry.Kind switch { AllocKind.Floats => 2 * entry.Count, AllocKind.Funs => 3 * entry.Count, _ => entry.Count };
        return (int)Math.Min(words, int.MaxValue);
    }

    private (int Start, int Count) List(BeamOperand operand, in Instruction instruction)
    {
        if (operand.Kind != OperandKind.List)
            throw Error($"{instruction.Name}: expected a list, found {operand}");
        var start = _extra.Count;
        foreach (var element in operand.Elements)
        {
            if (element.Kind == OperandKind.Label)
            {
                _extraFixups.Add((_extra.Count, (int)element.Value));
                _extra.Add(-1);
            }
            else
            {
                _extra.Add(Source(element));
            }
        }
        return (start, operand.Elements.Count);
    }

    private int Constant(Term value)
    {
        var key = (value.Raw, value.Box);
        if (!_constantIndex.TryGetValue(key, out var index))
        {
            index = _constants.Count;
            _constants.Add(value);
            _constantIndex[key] = index;
        }
        return CodeOperand.Encode(CodeOperand.Const, index);
    }

    private Term Atom(BeamOperand operand) => _atoms[operand.Value - 1];

    private (string File, int Line) Location(int item)
    {
        var lines = _file.Lines;
        if (lines is null || item <= 0 || item >= lines.Items.Count)
            return ("", 0);
        var entry = lines.Items[item];
        var file = entry.FileIndex >= 1 && entry.FileIndex <= lines.FileNames.Count
            ? lines.FileNames[entry.FileIndex - 1]
            : _file.Module + ".erl";
        return (file, entry.Line);
    }

    private int Target(int label) =>
        label >= 0 && label < _labels.Length && _labels[label] >= 0 ? _labels[label] : throw Error($"label {label} is not defined");

    private static void SetField(ref Instr instr, int field, int value)
    {
        switch (field)
        {
            case 0: instr.A = value; break;
            case 1: instr.B = value; break;
            case 2: instr.C = value; break;
            case 3: instr.D = value; break;
            case 4: instr.E = value; break;
            case 5: instr.F = value; break;
            case 6: instr.G = value; break;
            default: throw new InvalidOperationException("an instruction has at most 7 fields");
        }
    }

    private LoadException Error(string problem) => new(_file.Module, problem);
}
