using Enigma.Beam;
using Enigma.Runtime.Code;
using Enigma.Runtime.Loading;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Loading;

public sealed class LoaderTests
{
    /// <summary>Every module of kernel, stdlib and compiler (and the preloaded ones) loads and specialises.</summary>
    [Fact]
    public void EveryKernelStdlibAndCompilerModuleLoads()
    {
        var dirs = OtpBeams.Otp.EbinDirectories
            .Where(d => Path.GetFileName(Path.GetDirectoryName(d))!.Split('-')[0] is "kernel" or "stdlib" or "compiler" or "erts")
            .ToList();
        Assert.Equal(4, dirs.Count);
        var code = new CodeServer(new ExportTable(), dirs);
        var failures = new List<string>();
        var count = 0;
        foreach (var file in dirs.SelectMany(d => Directory.EnumerateFiles(d, "*.beam")))
        {
            try
            {
                var module = code.Load(BeamReader.ReadFile(file));
                Assert.NotEmpty(module.Code);
                count++;
            }
            catch (LoadException e)
            {
                failures.Add(e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count > 230, $"only {count} modules");
    }

    [Fact]
    public void ExportsPointIntoTheLoadedCode()
    {
        var exports = new ExportTable();
        var code = new CodeServer(exports, OtpBeams.Otp.EbinDirectories);
        var lists = code.EnsureLoaded(Atoms.Intern("lists"))!;
        var seq = exports.Find(Atoms.Intern("lists"), Atoms.Intern("seq"), 2)!;
        Assert.Same(lists, seq.Code!.Module);
        Assert.Equal(Op.FuncInfo, lists.Code[seq.Code.Index - 1].Op);
    }
}
