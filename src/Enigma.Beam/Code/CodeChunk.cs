using Enigma.Beam.Chunks;

namespace Enigma.Beam.Code;

/// <summary>The Code chunk: a header, then generic instructions up to int_code_end.</summary>
internal static class CodeChunk
{
    /// <summary>Format number of the instruction set (BEAM_FORMAT_NUMBER in genop.tab).</summary>
    private const int FormatNumber = 0;

    /// <summary>Reads the header and leaves the cursor at the first instruction.</summary>
    public static CodeHeader ParseHeader(ref ChunkCursor cursor, string module)
    {
        var headerAt = cursor.FileOffset;
        var headerSize = cursor.ReadCount("code header size");
        if (headerSize < 16 || headerSize > cursor.Remaining)
            throw cursor.Error(headerAt, $"code header size {headerSize} is out of range");
        var headerEnd = cursor.Position + headerSize;

        var formatAt = cursor.FileOffset;
        var format = cursor.ReadCount("instruction set");
        if (format != FormatNumber)
            throw cursor.Error(formatAt, $"instruction set {format} is not BEAM format {FormatNumber}");
        var maxAt = cursor.FileOffset;
        var maxOpcode = cursor.ReadCount("max opcode");
        if (maxOpcode > GenericOps.MaxOpcode)
            throw cursor.Error(maxAt, $"module {module} uses opcode {maxOpcode}, newer than OTP 25 (max {GenericOps.MaxOpcode}): recompile it with OTP 25's erlc");
        var labels = cursor.ReadCount("label count");
        var functions = cursor.ReadCount("function count");
        cursor.Skip(headerEnd - cursor.Position);
        return new CodeHeader(format, maxOpcode, labels, functions);
    }

    public static Instruction[] ParseInstructions(ref ChunkCursor cursor, in CodeTables tables)
    {
        var code = new List<Instruction>(cursor.Remaining / 3);
        while (true)
        {
            if (cursor.AtEnd)
                throw cursor.Error("code ends without int_code_end");
            var at = cursor.FileOffset;
            var number = cursor.ReadByte();
            if (GenericOps.Find(number) is not { } info)
                throw cursor.Error(at, $"unknown opcode {number}");
            if (number > tables.Header.MaxOpcode)
                throw cursor.Error(at, $"opcode {number} ({info.Name}) is above the declared max opcode {tables.Header.MaxOpcode}");
            var operands = info.Arity == 0 ? [] : new Operand[info.Arity];
            for (var i = 0; i < operands.Length; i++)
                operands[i] = CompactTermReader.Read(ref cursor, tables.Operands);
            var instruction = new Instruction(info.Op, operands, at);
            Check(ref cursor, instruction, tables);
            code.Add(instruction);
            if (info.Op == GenericOp.IntCodeEnd)
                break;
        }
        // What follows int_code_end is padding.
        return [.. code];
    }

    /// <summary>Checks the operands that index the module's own tables.</summary>
    private static void Check(ref ChunkCursor cursor, in Instruction instruction, in CodeTables tables)
    {
        var operands = instruction.Operands;
        if (instruction.Op == GenericOp.Label)
            Expect(ref cursor, instruction, operands[0], tables.Header.LabelCount, "label");
        if (TableOperands.ImportPosition(instruction.Op) is var import and >= 0)
            Expect(ref cursor, instruction, operands[import], tables.ImportCount, "import index");
        if (TableOperands.LambdaPosition(instruction.Op) is var lambda and >= 0)
            Expect(ref cursor, instruction, operands[lambda], tables.LambdaCount, "lambda index");
        if (TableOperands.StringSlice(instruction) is var (offset, length)
            && (offset < 0 || length < 0 || offset + length > tables.StringBytes))
            throw cursor.Error(instruction.Offset, $"{instruction.Name}: string table slice {offset}+{length} is outside the {tables.StringBytes}-byte string table");
    }

    private static void Expect(ref ChunkCursor cursor, in Instruction instruction, in Operand operand, int count, string what)
    {
        if (operand.Kind != OperandKind.Unsigned || operand.Value >= count)
            throw cursor.Error(instruction.Offset, $"{instruction.Name}: {what} {operand} is out of range (table has {count})");
    }
}

/// <summary>The sizes of the module's tables that instructions index.</summary>
internal readonly record struct CodeTables(CodeHeader Header, OperandLimits Operands, int ImportCount, int LambdaCount, int StringBytes);
