using System.Text;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Files;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Files;

/// <summary>The prim_file NIFs called directly: erl's error atoms, handle lifetime, hostile sizes.</summary>
public sealed class FileNifTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("enigma_nif_").FullName;
    private readonly Node _node = new([.. OtpBeams.Otp.EbinDirectories], TextWriter.Null);
    private readonly Process _process;

    public FileNifTests() => _process = new Process(_node, Term.Pid(1));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Call(string module, string function, params Term[] args) =>
        TermPrinter.Print(Invoke(module, function, args));

    private Term Invoke(string module, string function, params Term[] args)
    {
        var export = _node.Exports.Find(Atoms.Intern(module), Atoms.Intern(function), args.Length);
        Assert.NotNull(export?.Bif);
        var result = export.Bif(_process, args);
        return result.IsNonValue ? Atoms.Intern("raised_" + Atoms.Name(_process.ErrorReason)) : result;
    }

    private static Term Native(string path) => Term.Bitstring(Bitstring.Of(Encoding.UTF8.GetBytes(path + "\0")));

    private Term Modes(params string[] modes) => ListOf([.. modes.Select(Atoms.Intern)]);

    private Term ListOf(Term[] elements) => _process.Heap.List(elements);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private Term Open(string name, params string[] modes)
    {
        var opened = Invoke("prim_file", "open_nif", Native(PathOf(name)), Modes(modes));
        Assert.True(opened.IsTuple && opened.Element(1).IsSameAs(Atoms.Ok), TermPrinter.Print(opened));
        return opened.Element(2);
    }

    [Fact]
    public void ErrorsAreErlsPosixAtoms()
    {
        File.WriteAllText(PathOf("file"), "x");
        Directory.CreateDirectory(PathOf("dir/inner"));
        Assert.Equal("{error,enoent}", Call("prim_file", "open_nif", Native(PathOf("missing")), Modes("read")));
        Assert.Equal("{error,eisdir}", Call("prim_file", "open_nif", Native(PathOf("dir")), Modes("read")));
        Assert.Equal("{error,enotdir}", Call("prim_file", "open_nif", Native(PathOf("file/x")), Modes("read")));
        Assert.Equal("{error,eexist}", Call("prim_file", "open_nif", Native(PathOf("file")), Modes("write", "exclusive")));
        Assert.Equal("{error,eexist}", Call("prim_file", "make_dir_nif", Native(PathOf("dir"))));
        Assert.Equal("{error,eperm}", Call("prim_file", "del_file_nif", Native(PathOf("dir"))));
        Assert.Equal("{error,eexist}", Call("prim_file", "del_dir_nif", Native(PathOf("dir"))));
        Assert.Equal("{error,enotdir}", Call("prim_file", "list_dir_nif", Native(PathOf("file"))));
        Assert.Equal("{error,enoent}", Call("prim_file", "read_info_nif", Native(PathOf("missing")), Term.Small(1)));
        Assert.Equal("{error,eisdir}", Call("prim_file", "read_file_nif", Native(PathOf("dir"))));
    }

    [Fact]
    public void ArgumentsOfTheWrongTypeAreBadargAndPathsWithoutTheirNulAreEinval()
    {
        Assert.Equal("raised_badarg", Call("prim_file", "open_nif", Native(PathOf("f")), Atoms.Intern("read")));
        Assert.Equal("{error,einval}", Call("prim_file", "open_nif", Term.Bitstring(Bitstring.Of("abc"u8.ToArray())), Modes("read")));
        Assert.Equal("{error,einval}", Call("prim_file", "del_file_nif", Term.Small(3)));
        Assert.Equal("raised_badarg", Call("prim_file", "read_nif", Term.Small(1), Term.Small(1)));
        Assert.Equal("raised_badarg", Call("prim_file", "internal_name2native", Atoms.Intern("a")));
        Assert.Equal("raised_badarg", Call("prim_file", "internal_name2native", Term.Bitstring(Bitstring.Of("a\0"u8.ToArray()))));
    }

    [Fact]
    public void AClosedHandleGivesEinvalAndTheOwnersEndClosesItsFiles()
    {
        var handle = Open("f", "write");
        Assert.Equal("ok", Call("prim_file", "write_nif", handle, Term.Bitstring(Bitstring.Of("abc"u8.ToArray()))));
        Assert.Equal("ok", Call("prim_file", "close_nif", handle));
        Assert.Equal("{error,einval}", Call("prim_file", "close_nif", handle));
        Assert.Equal("{error,einval}", Call("prim_file", "read_nif", handle, Term.Small(1)));

        var kept = Open("f", "read");
        var file = (FileHandle)kept.Box!;
        _process.CloseFiles();
        Assert.False(file.IsOpen);
        Assert.Equal("{error,einval}", Call("prim_file", "read_nif", kept, Term.Small(1)));
    }

    [Fact]
    public void HugeOrHostileReadSizesGiveErrorsNotCrashes()
    {
        File.WriteAllText(PathOf("small"), "0123456789");
        var handle = Open("small", "read");
        Assert.Equal("{error,enomem}", Call("prim_file", "read_nif", handle, Term.Small(1L << 40)));
        Assert.Equal("{error,einval}", Call("prim_file", "read_nif", handle, Term.Integer(System.Numerics.BigInteger.One << 70)));
        Assert.Equal("{error,einval}", Call("prim_file", "read_nif", handle, Term.Small(-1)));
        Assert.Equal("raised_badarg", Call("prim_file", "read_nif", handle, Atoms.Intern("all")));
        // A gigabyte asked of a ten-byte file allocates ten bytes.
        Assert.Equal("{ok,<<48,49,50,51,52,53,54,55,56,57>>}", Call("prim_file", "read_nif", handle, Term.Small(1L << 30)));
        Assert.Equal("eof", Call("prim_file", "read_nif", handle, Term.Small(1L << 30)));
        Assert.Equal("{error,einval}", Call("prim_file", "pread_nif", handle, Term.Small(-5), Term.Small(1)));
        Assert.Equal("{error,enomem}", Call("prim_file", "pread_nif", handle, Term.Small(0), Term.Small(1L << 50)));
    }

    [Fact]
    public void FileInfoIsErlsRecord()
    {
        File.WriteAllText(PathOf("twelve"), "twelve bytes");
        var info = Invoke("prim_file", "read_info_nif", Native(PathOf("twelve")), Term.Small(1));
        Assert.Equal(14, info.TupleArity);
        Assert.Equal("file_info", TermPrinter.Print(info.Element(1)));
        Assert.Equal("12", TermPrinter.Print(info.Element(2)));
        Assert.Equal("regular", TermPrinter.Print(info.Element(3)));
        Assert.Equal(0x8000, info.Element(8).SmallValue & 0xF000);
    }

    [Fact]
    public void PrimBufferQueuesBytesAndRefusesReadsPastItsSize()
    {
        var buffer = Invoke("prim_buffer", "new");
        Assert.True(buffer.IsRef);
        Assert.Equal("ok", Call("prim_buffer", "write", buffer, ListOf([Term.Bitstring(Bitstring.Of("ab\ncd"u8.ToArray()))])));
        Assert.Equal("{ok,2}", Call("prim_buffer", "find_byte_index", buffer, Term.Small('\n')));
        Assert.Equal("raised_badarg", Call("prim_buffer", "copying_read", buffer, Term.Small(6)));
        Assert.Equal("<<97,98,10>>", Call("prim_buffer", "copying_read", buffer, Term.Small(3)));
        Assert.Equal("2", Call("prim_buffer", "size", buffer));
        Assert.Equal("not_found", Call("prim_buffer", "find_byte_index", buffer, Term.Small('\n')));
    }
}
