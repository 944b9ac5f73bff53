using Enigma.Runtime.Code;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Bifs;

/// <summary>One BIF: M:F/A and its implementation.</summary>
public readonly record struct BifEntry(string Module, string Function, int Arity, BifFunction Implementation);

/// <summary>
/// Every BIF this runtime implements, bound into the export table at start-up so that
/// calls to them (and the loader's CallBif specialisation) reach native code. A BIF that
/// is not listed raises undef, as BEAM does for a missing function; notes/conformance.md
/// lists what is missing.
/// </summary>
public static class BifTable
{
    public static IEnumerable<BifEntry> All =>
        ArithmeticBifs.Entries
            .Concat(ComparisonBifs.Entries)
            .Concat(TypeBifs.Entries)
            .Concat(TupleBifs.Entries)
            .Concat(ListBifs.Entries)
            .Concat(ProcessBifs.Entries)
            .Concat(ApplyBifs.Entries)
            .Concat(ConversionBifs.Entries)
            .Concat(MapBifs.Entries)
            .Concat(BinaryBifs.Entries)
            .Concat(NumberFormatBifs.Entries)
            .Concat(SystemBifs.Entries)
            .Concat(DictionaryBifs.Entries)
            .Concat(TimeBifs.Entries)
            .Concat(HashBifs.Entries)
            .Concat(MathBifs.Entries)
            .Concat(ModuleInfoBifs.Entries)
            .Concat(UnicodeBifs.Entries)
            .Concat(MessageBifs.Entries)
            .Concat(LinkBifs.Entries)
            .Concat(MonitorBifs.Entries)
            .Concat(TimerBifs.Entries)
            .Concat(PersistentTermBifs.Entries)
            .Concat(RuntimeBifs.Entries)
            .Concat(OnLoadBifs.Entries)
            .Concat(FunBifs.Entries)
            .Concat(BinarySearchBifs.Entries)
            .Concat(ChecksumBifs.Entries)
            .Concat(ProcessInfoBifs.Entries)
            .Concat(RegexBifs.Entries)
            .Concat(EtsBifs.Entries)
            .Concat(EtsUpdateBifs.Entries)
            .Concat(EtsSelectBifs.Entries)
            .Concat(AtomicsBifs.Entries)
            .Concat(CalendarBifs.Entries)
            .Concat(FileNameBifs.Entries)
            .Concat(FileNifs.Entries)
            .Concat(FileSystemNifs.Entries)
            .Concat(PrimBufferNifs.Entries);

    public static void Register(ExportTable exports)
    {
        foreach (var (module, function, arity, implementation) in All)
            exports.Get(Atoms.Intern(module), Atoms.Intern(function), arity).Bif = implementation;
    }
}
