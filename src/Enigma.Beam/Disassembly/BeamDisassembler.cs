using Enigma.Beam.Code;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Disassembly;

/// <summary>One function as beam_disasm shows it: its name, arity, entry label and instruction terms.</summary>
public sealed record DisassembledFunction(string Name, int Arity, int EntryLabel, IReadOnlyList<ETerm> Code);

/// <summary>
/// What OTP 25's <c>beam_disasm:file/1</c> makes of a module's code, and the listing
/// <c>enigma dis</c> prints. The terms match beam_disasm's operand for operand, so a
/// listing can be compared with one recorded from real Erlang.
/// </summary>
public static class BeamDisassembler
{
    /// <summary>The code split into functions, each instruction as beam_disasm's term.</summary>
    public static IReadOnlyList<DisassembledFunction> Functions(BeamFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var chunks = Split(file);
        var localFunctions = new Dictionary<long, ETerm>();
        foreach (var chunk in chunks)
        {
            // A call's target is one of the labels straight after a func_info (local_labels/1).
            var mfa = new ETuple([new EAtom(file.Module), new EAtom(chunk.Name), new EInteger(chunk.Arity)]);
            foreach (var instruction in chunk.Body.TakeWhile(i => i.Op == GenericOp.Label))
            {
                if (instruction.Operands is [{ Kind: OperandKind.Unsigned } label])
                    localFunctions.TryAdd(label.Value, mfa);
            }
        }

        var resolver = new InstructionResolver(file, localFunctions);
        var functions = new List<DisassembledFunction>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var code = new List<ETerm>(chunk.Prefix.Count + 1 + chunk.Body.Count);
            code.AddRange(chunk.Prefix.Select(i => resolver.Resolve(i)));
            code.Add(chunk.FuncInfo);
            code.AddRange(chunk.Body.Select(i => resolver.Resolve(i)));
            functions.Add(new DisassembledFunction(chunk.Name, chunk.Arity, chunk.Entry, code));
        }
        return functions;
    }

    /// <summary>Writes the human listing: tables, then every function's instructions (~w).</summary>
    public static void WriteListing(BeamFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        var functions = Functions(file);

        output.WriteLine($"module {Atom(file.Module)}  ({file.Source})");
        output.WriteLine();
        output.WriteLine($"exports ({file.Exports.Count}):");
        foreach (var e in file.Exports)
            output.WriteLine($"    {Atom(e.Function)}/{e.Arity}  label {e.Label}");
        output.WriteLine();
        output.WriteLine($"imports ({file.Imports.Count}):");
        for (var i = 0; i < file.Imports.Count; i++)
        {
            var m = file.Imports[i];
            output.WriteLine($"    {i,4}  {Atom(m.Module)}:{Atom(m.Function)}/{m.Arity}");
        }
        if (file.Lambdas.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"funs ({file.Lambdas.Count}):");
            foreach (var f in file.Lambdas)
                output.WriteLine($"    {f.Index,4}  {Atom(f.Function)}/{f.Arity}  label {f.Label}  free {f.FreeCount}  uniq {f.OldUniq}");
        }
        output.WriteLine();
        output.WriteLine($"attributes: {Format(file.Attributes)}");
        output.WriteLine($"compile info: {Format(file.CompileInfo)}");
        output.WriteLine();
        output.WriteLine($"literals ({file.Literals.Count}):");
        for (var i = 0; i < file.Literals.Count; i++)
            output.WriteLine($"    {i,4}  {ETermFormatter.Format(file.Literals[i])}");

        foreach (var function in functions)
        {
            output.WriteLine();
            output.WriteLine($"function {Atom(function.Name)}/{function.Arity}  entry {function.EntryLabel}");
            foreach (var instruction in function.Code)
            {
                // Labels stand out to the left, as in beam_disasm's pretty-printer.
                var indent = instruction is ETuple { Elements: [EAtom { Name: "label" }, ..] } ? "  " : "    ";
                output.Write(indent);
                output.Write(ETermFormatter.Format(instruction));
                output.WriteLine(LineComment(file, instruction));
            }
        }
    }

    /// <summary>Where a line instruction points, from the Line chunk: "  % file.erl:42".</summary>
    private static string LineComment(BeamFile file, ETerm instruction)
    {
        var lines = file.Lines;
        if (lines is null || instruction is not ETuple { Elements: [EAtom { Name: "line" }, EInteger { Value: var index }] }
            || index <= 0 || index >= lines.Items.Count)
            return "";
        var item = lines.Items[(int)index];
        // File 0 is the module's own source; file i is the chunk's name i - 1 (as beam_file.c counts).
        var fileName = item.FileIndex >= 1 && item.FileIndex <= lines.FileNames.Count
            ? lines.FileNames[item.FileIndex - 1]
            : file.Module + ".erl";
        return $"  % {fileName}:{item.Line}";
    }

    private static string Atom(string name) => ETermFormatter.Format(new EAtom(name));

    private static string Format(ETerm? term) => term is null ? "none" : ETermFormatter.Format(term);

    /// <summary>
    /// get_function_chunks/1: each func_info starts a function; the labels and line
    /// instructions just before it belong to it. beam_disasm collects those of every
    /// function but the first by walking its reversed code, so they come out reversed.
    /// </summary>
    private static List<Chunk> Split(BeamFile file)
    {
        var code = file.Code;
        var end = code.Count > 0 && code[^1].Op == GenericOp.IntCodeEnd ? code.Count - 1 : code.Count;
        var starts = new List<int>();
        for (var i = 0; i < end; i++)
        {
            if (code[i].Op == GenericOp.FuncInfo)
                starts.Add(i);
        }
        if (starts.Count == 0)
            throw Error(file, code.Count > 0 ? code[0].Offset : 0, "the code has no func_info");

        var chunks = new List<Chunk>(starts.Count);
        var prefix = new List<Instruction>();
        for (var i = 0; i < starts[0]; i++)
        {
            if (!IsLabelOrLine(code[i]))
                throw Error(file, code[i].Offset, $"{code[i].Name} before the first func_info");
            prefix.Add(code[i]);
        }
        for (var f = 0; f < starts.Count; f++)
        {
            var at = starts[f];
            var bodyStart = at + 1;
            var bodyEnd = f + 1 < starts.Count ? starts[f + 1] : end;
            var next = new List<Instruction>();
            if (f + 1 < starts.Count)
            {
                while (bodyEnd > bodyStart && IsLabelOrLine(code[bodyEnd - 1]))
                    next.Add(code[--bodyEnd]);
                next.Reverse();
            }
            var body = new List<Instruction>(bodyEnd - bodyStart);
            for (var i = bodyStart; i < bodyEnd; i++)
                body.Add(code[i]);
            chunks.Add(Header(file, code[at], f == 0 ? prefix : Reversed(prefix), body));
            prefix = next;
        }
        return chunks;
    }

    private static List<Instruction> Reversed(List<Instruction> list)
    {
        list.Reverse();
        return list;
    }

    private static Chunk Header(BeamFile file, Instruction funcInfo, List<Instruction> prefix, List<Instruction> body)
    {
        var o = funcInfo.Operands;
        if (o.Length != 3 || o[0].Kind != OperandKind.Atom || o[1].Kind != OperandKind.Atom
            || o[2].Kind != OperandKind.Unsigned || o[0].IsTyped || o[2].IsTyped)
            throw Error(file, funcInfo.Offset, "func_info needs a module atom, a function atom and an arity");
        var module = AtomAt(file, funcInfo, o[0].Value);
        var name = AtomAt(file, funcInfo, o[1].Value);
        if (o[2].Value > int.MaxValue)
            throw Error(file, funcInfo.Offset, $"arity {o[2].Value} is out of range");
        if (body.Count == 0 || body[0].Op != GenericOp.Label || body[0].Operands is not [{ Kind: OperandKind.Unsigned } entry]
            || entry.Value > int.MaxValue)
            throw Error(file, funcInfo.Offset, $"func_info for {name}/{o[2].Value} is not followed by the entry label");
        var arity = (int)o[2].Value;
        var term = new ETuple([
            new EAtom("func_info"),
            new ETuple([new EAtom("atom"), new EAtom(module)]),
            new ETuple([new EAtom("atom"), new EAtom(name)]),
            new EInteger(arity),
        ]);
        return new Chunk(name, arity, (int)entry.Value, prefix, term, body);
    }

    private static string AtomAt(BeamFile file, Instruction at, long index) =>
        index >= 1 && index <= file.Atoms.Count
            ? file.Atoms[(int)index - 1]
            : throw Error(file, at.Offset, $"atom index {index} is out of range");

    private static bool IsLabelOrLine(in Instruction i) => i.Op is GenericOp.Label or GenericOp.Line;

    private static BeamFormatException Error(BeamFile file, long offset, string problem) =>
        new(file.Source, "Code", offset, problem);

    private sealed record Chunk(
        string Name, int Arity, int Entry, List<Instruction> Prefix, ETerm FuncInfo, List<Instruction> Body);
}
