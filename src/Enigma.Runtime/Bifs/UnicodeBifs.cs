using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>
/// unicode:characters_to_binary/2 and characters_to_list/2 (the rest of the unicode module
/// is Erlang code on top of these): chardata in latin1, UTF-8, UTF-16 or UTF-32 (big or
/// little endian) to UTF-8 or to a list of code points.
/// </summary>
internal static class UnicodeBifs
{
    public static readonly BifEntry[] Entries =
    [
        new("unicode", "characters_to_binary", 2, (p, a) => Convert(p, a[0], a[1], toBinary: true)),
        new("unicode", "characters_to_list", 2, (p, a) => Convert(p, a[0], a[1], toBinary: false)),
        // erl +pc latin1 is the default: only Latin-1 characters count as printable for ~p.
        new("io", "printable_range", 0, (_, _) => Atoms.Intern("latin1")),
        new("unicode", "bin_is_7bit", 1, (_, a) => Term.Boolean(a[0].IsBinary && Is7Bit(a[0].Bits))),
    ];

    private static bool Is7Bit(Bitstring bits)
    {
        for (long k = 0; k < bits.ByteSize; k++)
        {
            if (bits.ByteAt(k) > 127)
                return false;
        }
        return true;
    }

    /// <summary>How binaries in the input are encoded: bytes per unit (1 = latin1, 0 = UTF-8, 2, 4) and byte order.</summary>
    private readonly record struct InputEncoding(int Unit, bool BigEndian)
    {
        public bool Latin1 => Unit == 1;
    }

    private static InputEncoding? ParseEncoding(Term e)
    {
        var name = e.IsAtom ? Atoms.Name(e) : e is { IsTuple: true, TupleArity: 2 } && e.Element(1).IsAtom && e.Element(2).IsAtom ? Atoms.Name(e.Element(1)) : null;
        var order = e.IsTuple ? Atoms.Name(e.Element(2)) : "big";
        if (order is not ("big" or "little"))
            return null;
        return (name, e.IsTuple) switch
        {
            ("latin1", false) => new InputEncoding(1, true),
            ("unicode" or "utf8", false) => new InputEncoding(0, true),
            ("utf16", _) => new InputEncoding(2, order == "big"),
            ("utf32", _) => new InputEncoding(4, order == "big"),
            _ => null,
        };
    }

    private static Term Convert(Process p, Term data, Term encoding, bool toBinary)
    {
        if (ParseEncoding(encoding) is not { } input)
            return p.Badarg();
        var latin1 = input.Latin1;
        var codePoints = new List<int>();
        var (status, rest) = Decode(data, input, codePoints);
        if (status is null)
            return p.Badarg();
        var converted = toBinary ? Utf8Binary(codePoints) : p.Heap.List([.. codePoints.Select(c => Term.Small(c))]);
        return status == Status.Ok ? converted : p.Heap.Tuple([Atoms.Intern(status == Status.Error ? "error" : "incomplete"), converted, rest]);
    }

    private enum Status { Ok, Error, Incomplete }

    private static Term Utf8Binary(List<int> codePoints)
    {
        var text = new StringBuilder(codePoints.Count);
        foreach (var c in codePoints)
            text.Append(char.ConvertFromUtf32(c));
        return Term.Bitstring(Bitstring.Of(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Walks chardata depth first without recursion. Null status: not chardata (badarg).
    /// On a bad code point or bad UTF-8 the status says so and the rest is what follows.
    /// </summary>
    private static (Status? Status, Term Remaining) Decode(Term data, InputEncoding input, List<int> output)
    {
        var latin1 = input.Latin1;
        var pending = new Stack<Term>();
        pending.Push(data);
        while (pending.Count > 0)
        {
            var t = pending.Pop();
            if (t.IsNil)
                continue;
            if (t.IsCons)
            {
                pending.Push(t.Tail);
                var head = t.Head;
                if (head.IsSmall)
                {
                    var c = head.SmallValue;
                    if (c < 0 || c > (latin1 ? 255 : 0x10FFFF) || c is >= 0xD800 and <= 0xDFFF)
                        return (Status.Error, t);
                    output.Add((int)c);
                }
                else if (head.IsBinary || head.IsList)
                {
                    pending.Push(head);
                }
                else
                {
                    return (null, t);
                }
            }
            else if (t.IsBinary)
            {
                var bits = t.Bits;
                if (latin1)
                {
                    for (long k = 0; k < bits.ByteSize; k++)
                        output.Add(bits.ByteAt(k));
                    continue;
                }
                var bytes = bits.WholeBytes.ToArray();
                var (valid, incomplete) = input.Unit == 0 ? DecodeUtf8(bytes, output) : DecodeWide(bytes, input, output);
                if (valid < bytes.Length)
                {
                    var rest = Term.Bitstring(new Bitstring(bytes, valid * 8L, (bytes.Length - valid) * 8L));
                    return (incomplete ? Status.Incomplete : Status.Error, rest);
                }
            }
            else
            {
                return (null, t);
            }
        }
        return (Status.Ok, Term.Nil);
    }

    /// <summary>UTF-8 code points into the output: how many bytes were valid, and whether the rest is only cut short.</summary>
    private static (int Valid, bool Incomplete) DecodeUtf8(byte[] bytes, List<int> output)
    {
        var valid = 0;
        while (valid < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(valid), out var rune, out var used);
            if (status != System.Buffers.OperationStatus.Done)
                return (valid, status == System.Buffers.OperationStatus.NeedMoreData);
            output.Add(rune.Value);
            valid += used;
        }
        return (valid, false);
    }

    /// <summary>UTF-16 or UTF-32 code units in the given byte order, likewise.</summary>
    private static (int Valid, bool Incomplete) DecodeWide(byte[] bytes, InputEncoding input, List<int> output)
    {
        var unit = input.Unit;
        uint Unit(int at)
        {
            uint v = 0;
            for (var k = 0; k < unit; k++)
                v = input.BigEndian ? (v << 8) | bytes[at + k] : v | ((uint)bytes[at + k] << (8 * k));
            return v;
        }
        var valid = 0;
        while (valid < bytes.Length)
        {
            if (bytes.Length - valid < unit)
                return (valid, true);
            var c = Unit(valid);
            var used = unit;
            if (unit == 2 && c is >= 0xD800 and <= 0xDBFF)
            {
                if (bytes.Length - valid < 4)
                    return (valid, true);
                var low = Unit(valid + 2);
                if (low is < 0xDC00 or > 0xDFFF)
                    return (valid, false);
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                used = 4;
            }
            if (c > 0x10FFFF || c is >= 0xD800 and <= 0xDFFF)
                return (valid, false);
            output.Add((int)c);
            valid += used;
        }
        return (valid, false);
    }
}
