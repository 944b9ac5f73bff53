using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Tests.Loading;

/// <summary>Loading on first call when several schedulers call a module that is not loaded yet.</summary>
public sealed class CodeServerTests
{
    [Fact]
    public void CallersRacingToLoadAModuleLoadItOnce()
    {
        var exports = new ExportTable();
        var code = new CodeServer(exports, OtpBeams.Otp.EbinDirectories);
        var lists = Atoms.Intern("lists");
        var seq = exports.Get(lists, Atoms.Intern("seq"), 2);
        // What each caller finds, and where the export leads it right after.
        var seen = Concurrently.Run(_ => (Module: code.EnsureLoaded(lists), Code: seq.Code));
        var loaded = code.Find(lists);
        Assert.NotNull(loaded);
        Assert.All(seen, s =>
        {
            Assert.Same(loaded, s.Module);
            Assert.Same(loaded, s.Code?.Module);
        });
    }
}
