namespace Enigma.Runtime.Terms;

/// <summary>
/// The atom table, shared by every process: index to name and name to index.
/// Atoms are never removed. Like BEAM it holds at most 1,048,576 atoms; past that,
/// making an atom raises system_limit.
/// </summary>
public static class Atoms
{
    public const int Limit = 1_048_576;

    /// <summary>Longest atom name in characters, as in BEAM.</summary>
    public const int MaxLength = 255;

    // Before the atoms below: they are interned as the class initialises.
    private static readonly AtomTable Table = new(Limit);

    // Atoms the runtime itself names. Interned first, in this order.
    public static readonly Term False = Intern("false");
    public static readonly Term True = Intern("true");
    public static readonly Term Ok = Intern("ok");
    public static readonly Term Error = Intern("error");
    public static readonly Term Undefined = Intern("undefined");
    public static readonly Term Badarg = Intern("badarg");
    public static readonly Term Badarith = Intern("badarith");
    public static readonly Term SystemLimit = Intern("system_limit");
    public static readonly Term Erlang = Intern("erlang");
    public static readonly Term Nonode = Intern("nonode@nohost");
    public static readonly Term Exit = Intern("exit");
    public static readonly Term Throw = Intern("throw");
    public static readonly Term ExitTag = Intern("EXIT");
    public static readonly Term Nocatch = Intern("nocatch");
    public static readonly Term Undef = Intern("undef");
    public static readonly Term Badfun = Intern("badfun");
    public static readonly Term Badarity = Intern("badarity");
    public static readonly Term Badmatch = Intern("badmatch");
    public static readonly Term CaseClause = Intern("case_clause");
    public static readonly Term TryClause = Intern("try_clause");
    public static readonly Term IfClause = Intern("if_clause");
    public static readonly Term FunctionClause = Intern("function_clause");
    public static readonly Term Badrecord = Intern("badrecord");
    public static readonly Term Badkey = Intern("badkey");
    public static readonly Term Badmap = Intern("badmap");
    public static readonly Term File = Intern("file");
    public static readonly Term Line = Intern("line");
    public static readonly Term ErrorInfo = Intern("error_info");
    public static readonly Term Normal = Intern("normal");
    public static readonly Term Infinity = Intern("infinity");
    public static readonly Term None = Intern("none");
    public static readonly Term TimeoutValue = Intern("timeout_value");
    public static readonly Term Down = Intern("DOWN");
    public static readonly Term Process = Intern("process");
    public static readonly Term Noproc = Intern("noproc");

    public static int Count => Table.Count;

    /// <summary>The atom with this name, made if new; null when the table is full.</summary>
    public static Term? TryIntern(string name) => Table.Intern(name) is >= 0 and var index ? Term.Atom(index) : null;

    /// <summary>The atom with this name; for names the runtime itself uses (the table cannot be full then).</summary>
    public static Term Intern(string name) =>
        TryIntern(name) ?? throw new InvalidOperationException($"atom table full interning '{name}'");

    /// <summary>The atom if it exists (list_to_existing_atom).</summary>
    public static Term? Existing(string name) => Table.Find(name) is >= 0 and var index ? Term.Atom(index) : null;

    public static string Name(Term atom) => Name(atom.AtomIndex);

    public static string Name(int index) => Table.Name(index);
}
