using System.Collections.Concurrent;
using Enigma.Beam;
using Enigma.Runtime.Loading;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Code;

/// <summary>
/// The loaded modules of the node, and loading on first call: a module is looked up
/// as NAME.beam in the code path, in order (BEAM's error_handler and code server do
/// this in Erlang; here it is native until the code server runs). Any scheduler may load:
/// loading is serialised, and a module is found only once its exports reach its code.
/// </summary>
/// <param name="specialize">Whether the loader applies its specialisation rules (tests compare both ways).</param>
public sealed class CodeServer(ExportTable exports, IReadOnlyList<string> codePath, bool specialize = true)
{
    private readonly ConcurrentDictionary<int, LoadedModule> _modules = new();

    /// <summary>Modules whose on_load function has not finished, and the process running it (null before one claims it).</summary>
    private readonly Dictionary<int, (LoadedModule Module, Term Runner)> _pending = [];
    private readonly Lock _loadLock = new();

    public IReadOnlyList<string> CodePath { get; } = codePath;

    public LoadedModule? Find(Term module) => _modules.TryGetValue(module.AtomIndex, out var m) ? m : null;

    /// <summary>The module, loaded from the code path if it is not yet; null when there is no such file.</summary>
    public LoadedModule? EnsureLoaded(Term module)
    {
        if (Find(module) is { } loaded)
            return loaded;
        lock (_loadLock)
        {
            // Another caller may have loaded it while this one waited.
            if (Find(module) is { } racer)
                return racer;
            if (_pending.TryGetValue(module.AtomIndex, out var pending))
                return pending.Module;
            var name = Atoms.Name(module);
            var path = CodePath.Select(dir => Path.Combine(dir, name + ".beam")).FirstOrDefault(File.Exists);
            return path is null ? null : Load(BeamReader.ReadFile(path));
        }
    }

    /// <summary>
    /// Loads a parsed file and publishes its exports: later calls through them reach the new code.
    /// A module with an on_load function stays pending instead (see <see cref="FinishOnLoad"/>).
    /// </summary>
    public LoadedModule Load(BeamFile file)
    {
        lock (_loadLock)
        {
            var module = Loader.Load(file, exports, specialize);
            if (Atoms.Name(module.Name) != file.Module)
                throw new LoadException(file.Module, "module name does not match its atom table");
            if (module.OnLoad is not null)
                _pending[module.Name.AtomIndex] = (module, Term.NonValue);
            else
                Publish(module);
            return module;
        }
    }

    private void Publish(LoadedModule module)
    {
        foreach (var (export, entry) in module.Exports)
            export.Code = new CodeAddress(module, entry);
        // Last: a caller that finds the module without the lock calls through its exports at once.
        _modules[module.Name.AtomIndex] = module;
    }

    /// <summary>The pending module (its on_load function not finished) and who runs that function (NonValue: nobody yet).</summary>
    public (LoadedModule Module, Term Runner)? Pending(Term module)
    {
        lock (_loadLock)
            return _pending.TryGetValue(module.AtomIndex, out var pending) ? pending : null;
    }

    /// <summary>Makes <paramref name="runner"/> the process that runs the on_load function; false if one already does.</summary>
    public bool ClaimOnLoad(Term module, Term runner)
    {
        lock (_loadLock)
        {
            if (!_pending.TryGetValue(module.AtomIndex, out var pending) || !pending.Runner.IsNonValue)
                return false;
            _pending[module.AtomIndex] = (pending.Module, runner);
            return true;
        }
    }

    /// <summary>erlang:finish_after_on_load/2: publishes the pending module, or drops it; false if none is pending.</summary>
    public bool FinishOnLoad(Term module, bool keep)
    {
        lock (_loadLock)
        {
            if (!_pending.Remove(module.AtomIndex, out var pending))
                return false;
            if (keep)
                Publish(pending.Module);
            return true;
        }
    }
}
