using System.Text;
using Enigma.Cli;

// Buffered: a listing is many small writes. A closed pipe (enigma dis ... | head) is not an error.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
try
{
    var status = CommandLine.Run(args, stdout, Console.Error);
    stdout.Flush();
    return status;
}
catch (IOException)
{
    return 0;
}
