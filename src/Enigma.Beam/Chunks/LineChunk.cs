using System.Text;
using Enigma.Beam.Code;

namespace Enigma.Beam.Chunks;

/// <summary>
/// The Line chunk: a header, then line items in compact encoding (tag i: a line in the
/// current file, tag a: switch file), then the file names.
/// </summary>
internal static class LineChunk
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The table, or null for a version other than 0 (BEAM ignores those).</summary>
    public static LineTable? Parse(ref ChunkCursor cursor)
    {
        if (cursor.ReadU32() != 0)
            return null;
        cursor.ReadU32(); // flags: unused
        var instructionCount = cursor.ReadCount("line instruction count");
        var itemCount = cursor.ReadItemCount("line item count", 1);
        var nameCount = cursor.ReadItemCount("file name count", 2);

        // Item 0 is the implicit undefined location.
        var items = new LineItem[itemCount + 1];
        var fileIndex = 0;
        for (var i = 1; i < items.Length;)
        {
            var at = cursor.FileOffset;
            var tag = cursor.Rest.IsEmpty ? -1 : cursor.Rest[0] & 7;
            if (tag == 2)
            {
                var item = CompactTermReader.Read(ref cursor, new OperandLimits(nameCount, 0, 0, 0));
                fileIndex = (int)item.Value; // atom tag: index 0 (read as Nil) is the module's own file
            }
            else if (tag == 1)
            {
                var line = CompactTermReader.Read(ref cursor, default);
                if (line.IsBig || line.Value < 0 || line.Value > int.MaxValue)
                    throw cursor.Error(at, $"line number {line.BigValue} is out of range");
                items[i++] = new LineItem(fileIndex, (int)line.Value);
            }
            else
            {
                throw cursor.Error(at, "line item is neither a line (tag i) nor a file switch (tag a)");
            }
        }

        var names = new string[nameCount];
        for (var i = 0; i < nameCount; i++)
        {
            var at = cursor.FileOffset;
            var bytes = cursor.ReadBytes(cursor.ReadU16());
            try
            {
                names[i] = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw cursor.Error(at, "file name is not valid UTF-8");
            }
        }
        return new LineTable(instructionCount, items, names);
    }
}
