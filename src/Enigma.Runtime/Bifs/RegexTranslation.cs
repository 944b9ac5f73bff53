using System.Globalization;
using System.Text;

namespace Enigma.Runtime.Bifs;

/// <summary>A PCRE feature .NET regexes cannot express: the BIFs answer badarg.</summary>
internal sealed class RegexUnsupportedException(string message) : Exception(message);

/// <summary>
/// Rewrites a PCRE pattern into .NET syntax: named groups become numbered ones (so numbering
/// follows PCRE's left-to-right order), \d \w \s are ASCII unless ucp, possessive quantifiers
/// become atomic groups, ungreedy flips laziness, notbol/noteol/dollar_endonly rewrite ^ and $,
/// extended-mode whitespace and comments are dropped.
/// </summary>
internal sealed class RegexTranslation
{
    public required bool Extended { get; init; }
    public required bool Ungreedy { get; init; }
    public required bool Ucp { get; init; }
    public required bool Multiline { get; init; }
    public required bool DollarEndOnly { get; init; }
    public required bool NotBol { get; init; }
    public required bool NotEol { get; init; }
    public required bool NoAutoCapture { get; init; }

    /// <summary>The .NET group that marks \K (named, so it takes no PCRE number).</summary>
    public const string KeepName = "enigmaKeep";

    public int Groups { get; private set; }
    public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

    private const string Latin1Letters = "\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF";
    private const string Digit = "0-9", Word = "a-zA-Z0-9_" + Latin1Letters, Space = "\\t\\n\\x0B\\f\\r ";
    private const string HSpace = "\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";
    private const string VSpace = "\\n\\x0B\\f\\r\\x85\\u2028\\u2029";

    private string _p = "";
    private int _i;
    private readonly StringBuilder _o = new();

    public string Translate(string pattern)
    {
        _p = pattern;
        _i = 0;
        var groupStarts = new Stack<int>();
        int atomStart = -1;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (Extended && (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v'))
            {
                _i++;
                continue;
            }
            if (Extended && c == '#')
            {
                while (_i < _p.Length && _p[_i] != '\n')
                    _i++;
                continue;
            }
            switch (c)
            {
                case '\\':
                    atomStart = _o.Length;
                    if (!Escape(inClass: false))
                        atomStart = -1;
                    break;
                case '[':
                    atomStart = _o.Length;
                    CharClass();
                    break;
                case '(':
                    groupStarts.Push(_o.Length);
                    OpenGroup();
                    atomStart = -1;
                    break;
                case ')':
                    _i++;
                    _o.Append(')');
                    atomStart = groupStarts.Count > 0 ? groupStarts.Pop() : -1;
                    break;
                case '*' or '+' or '?':
                    _i++;
                    _o.Append(c);
                    Quantified(atomStart);
                    atomStart = -1;
                    break;
                case '{' when QuantifierBraces() is { } braces:
                    _i += braces.Length;
                    _o.Append(braces);
                    Quantified(atomStart);
                    atomStart = -1;
                    break;
                case '^':
                    _i++;
                    _o.Append(NotBol ? (Multiline ? "(?<=\\n)(?!\\z)" : "(?!)") : Multiline ? "(?:\\A|(?<=\\n)(?!\\z))" : "^");
                    atomStart = -1;
                    break;
                case '$':
                    _i++;
                    _o.Append(NotEol ? (Multiline ? "(?=\\n)" : "(?!)") : !Multiline && DollarEndOnly ? "\\z" : "$");
                    atomStart = -1;
                    break;
                case '|':
                    _i++;
                    _o.Append('|');
                    atomStart = -1;
                    break;
                default:
                    atomStart = _o.Length;
                    _i++;
                    _o.Append(c);
                    break;
            }
        }
        return _o.ToString();
    }

    private string? QuantifierBraces()
    {
        int j = _i + 1;
        int digits = 0;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) { j++; digits++; }
        if (digits == 0)
            return null;
        if (j < _p.Length && _p[j] == ',')
        {
            j++;
            while (j < _p.Length && char.IsAsciiDigit(_p[j]))
                j++;
        }
        return j < _p.Length && _p[j] == '}' ? _p[_i..(j + 1)] : null;
    }

    /// <summary>After a quantifier: possessive (+), lazy (?) or greedy, flipped by ungreedy.</summary>
    private void Quantified(int atomStart)
    {
        if (_i < _p.Length && _p[_i] == '+')
        {
            _i++;
            if (atomStart < 0)
                throw new RegexUnsupportedException("possessive quantifier");
            _o.Insert(atomStart, "(?>").Append(')');
        }
        else if (_i < _p.Length && _p[_i] == '?')
        {
            _i++;
            if (!Ungreedy)
                _o.Append('?');
        }
        else if (Ungreedy)
            _o.Append('?');
    }

    private void OpenGroup()
    {
        _i++;
        if (_i >= _p.Length || _p[_i] != '?')
        {
            if (_i < _p.Length && _p[_i] == '*')
                throw new RegexUnsupportedException("backtracking verbs");
            if (NoAutoCapture)
                _o.Append("(?:");
            else
            {
                Groups++;
                _o.Append('(');
            }
            return;
        }
        string rest = _p[_i..];
        if (rest.StartsWith("?#", StringComparison.Ordinal))
        {
            int end = _p.IndexOf(')', _i);
            _i = end < 0 ? _p.Length : end;
            _o.Append("(?:");
            return;
        }
        string? name = null;
        int skip = 0;
        if (rest.StartsWith("?P<", StringComparison.Ordinal))
            (name, skip) = NameUntil(3, '>');
        else if (rest.StartsWith("?<", StringComparison.Ordinal) && rest.Length > 2 && rest[2] != '=' && rest[2] != '!')
            (name, skip) = NameUntil(2, '>');
        else if (rest.StartsWith("?'", StringComparison.Ordinal))
            (name, skip) = NameUntil(2, '\'');
        if (name is not null)
        {
            Groups++;
            Names.TryAdd(name, Groups);
            _i += skip;
            _o.Append('(');
            return;
        }
        if (rest.StartsWith("?P=", StringComparison.Ordinal))
        {
            var (refName, n) = NameUntil(3, ')');
            _i += n;
            _o.Append(Reference(refName));
            return;
        }
        if (rest.StartsWith("?(", StringComparison.Ordinal))
        {
            int close = _p.IndexOf(')', _i + 2);
            if (close < 0)
                throw new RegexUnsupportedException("conditional");
            string cond = _p[(_i + 2)..close].Trim('<', '>', '\'');
            if (cond.Length > 0 && cond.All(char.IsAsciiDigit))
                _o.Append("(?(").Append(cond).Append(')');
            else if (Names.TryGetValue(cond, out var num))
                _o.Append("(?(").Append(num).Append(')');
            else if (cond.StartsWith('?'))
            {
                _o.Append("(?");
                _i += 1;
                return;
            }
            else
                throw new RegexUnsupportedException("conditional");
            _i = close + 1;
            return;
        }
        if (rest.Length > 1 && (rest[1] is ':' or '=' or '!' or '>' || rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?<!", StringComparison.Ordinal)))
        {
            _o.Append('(');
            return;
        }
        // Inline options (?imsx-imsx) or (?imsx-imsx: ...); others (recursion, branch reset, J, U, X) cannot be expressed.
        int j = _i + 1;
        while (j < _p.Length && _p[j] is 'i' or 'm' or 's' or 'x' or '-')
            j++;
        if (j < _p.Length && j > _i + 1 && _p[j] is ')' or ':')
        {
            _o.Append('(');
            return;
        }
        throw new RegexUnsupportedException("group syntax");
    }

    private (string Name, int Length) NameUntil(int from, char end)
    {
        int close = _p.IndexOf(end, _i + from);
        if (close < 0)
            throw new RegexUnsupportedException("group name");
        return (_p[(_i + from)..close], close + 1 - _i);
    }

    private string Reference(string name)
    {
        if (name.Length > 0 && name.All(char.IsAsciiDigit))
            return "(?:\\" + name + ")";
        if (name.StartsWith('-') && int.TryParse(name[1..], out var rel))
            return "(?:\\" + (Groups + 1 - rel).ToString(CultureInfo.InvariantCulture) + ")";
        if (Names.TryGetValue(name, out var n))
            return "(?:\\" + n.ToString(CultureInfo.InvariantCulture) + ")";
        throw new RegexUnsupportedException("reference to a name not yet defined");
    }

    /// <summary>An escape at _i (a backslash). Returns whether it is an atom (quantifiable).</summary>
    private bool Escape(bool inClass)
    {
        if (_i + 1 >= _p.Length)
        {
            _o.Append('\\');
            _i++;
            return true;
        }
        char c = _p[_i + 1];
        _i += 2;
        switch (c)
        {
            case 'd' when !Ucp: _o.Append(inClass ? Digit : "[" + Digit + "]"); return true;
            case 'w' when !Ucp: _o.Append(inClass ? Word : "[" + Word + "]"); return true;
            case 's' when !Ucp: _o.Append(inClass ? Space : "[" + Space + "]"); return true;
            case 'D' when !Ucp && !inClass: _o.Append("[^" + Digit + "]"); return true;
            case 'W' when !Ucp && !inClass: _o.Append("[^" + Word + "]"); return true;
            case 'S' when !Ucp && !inClass: _o.Append("[^" + Space + "]"); return true;
            case 'h': _o.Append(inClass ? HSpace : "[" + HSpace + "]"); return true;
            case 'v': _o.Append(inClass ? VSpace : "[" + VSpace + "]"); return true;
            case 'H' when !inClass: _o.Append("[^" + HSpace + "]"); return true;
            case 'V' when !inClass: _o.Append("[^" + VSpace + "]"); return true;
            case 'R' when !inClass: _o.Append("(?:\\r\\n|[" + VSpace + "])"); return true;
            case 'N' when !inClass: _o.Append("[^\\n]"); return true;
            case 'Q':
                {
                    int end = _p.IndexOf("\\E", _i, StringComparison.Ordinal);
                    string lit = end < 0 ? _p[_i..] : _p[_i..end];
                    _i = end < 0 ? _p.Length : end + 2;
                    if (inClass)
                        foreach (var ch in lit)
                            _o.Append('\\').Append(ch);
                    else
                        _o.Append("(?:").Append(System.Text.RegularExpressions.Regex.Escape(lit).Replace(" ", "\\ ").Replace("#", "\\#")).Append(')');
                    return true;
                }
            case 'E': return false;
            case 'x':
                {
                    int value;
                    if (_i < _p.Length && _p[_i] == '{')
                    {
                        int close = _p.IndexOf('}', _i);
                        if (close < 0 || !int.TryParse(_p[(_i + 1)..close], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value))
                            throw new RegexUnsupportedException("\\x{}");
                        _i = close + 1;
                    }
                    else
                    {
                        int j = _i;
                        while (j < _p.Length && j < _i + 2 && char.IsAsciiHexDigit(_p[j]))
                            j++;
                        value = j == _i ? 0 : int.Parse(_p[_i..j], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        _i = j;
                    }
                    AppendCodePoint(value);
                    return true;
                }
            case 'g':
                {
                    string name;
                    if (_i < _p.Length && _p[_i] == '{')
                    {
                        int close = _p.IndexOf('}', _i);
                        if (close < 0)
                            throw new RegexUnsupportedException("\\g");
                        name = _p[(_i + 1)..close];
                        _i = close + 1;
                    }
                    else
                    {
                        int j = _i;
                        if (j < _p.Length && _p[j] == '-')
                            j++;
                        while (j < _p.Length && char.IsAsciiDigit(_p[j]))
                            j++;
                        name = _p[_i..j];
                        _i = j;
                    }
                    _o.Append(Reference(name));
                    return true;
                }
            case 'k' when !inClass:
                {
                    if (_i >= _p.Length || _p[_i] is not ('<' or '{' or '\''))
                        throw new RegexUnsupportedException("\\k");
                    char end = _p[_i] switch { '<' => '>', '{' => '}', _ => '\'' };
                    int close = _p.IndexOf(end, _i + 1);
                    if (close < 0)
                        throw new RegexUnsupportedException("\\k");
                    string name = _p[(_i + 1)..close];
                    _i = close + 1;
                    _o.Append(Reference(name));
                    return true;
                }
            case 'K' when !inClass:
                _o.Append("(?<" + KeepName + ">)");
                return false;
            case 'C' or 'X' when !inClass:
                throw new RegexUnsupportedException("\\" + c);
            case 'b' when !Ucp && !inClass:
                _o.Append("(?:(?<=[" + Word + "])(?![" + Word + "])|(?<![" + Word + "])(?=[" + Word + "]))");
                return false;
            case 'B' when !Ucp && !inClass:
                _o.Append("(?:(?<=[" + Word + "])(?=[" + Word + "])|(?<![" + Word + "])(?![" + Word + "]))");
                return false;
            case 'A' or 'z' or 'Z' or 'b' or 'B' or 'G':
                _o.Append('\\').Append(c);
                return false;
            default:
                _o.Append('\\').Append(c);
                return true;
        }
    }

    private void AppendCodePoint(int value)
    {
        if (value > 0xFFFF)
            foreach (var ch in char.ConvertFromUtf32(value))
                _o.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
        else
            _o.Append("\\u").Append(value.ToString("X4", CultureInfo.InvariantCulture));
    }

    private static readonly Dictionary<string, string> Posix = new(StringComparer.Ordinal)
    {
        ["alpha"] = "a-zA-Z" + Latin1Letters, ["digit"] = "0-9", ["alnum"] = "a-zA-Z0-9" + Latin1Letters, ["upper"] = "A-Z", ["lower"] = "a-z",
        ["space"] = "\\t\\n\\x0B\\f\\r ", ["blank"] = " \\t", ["punct"] = "!-/:-@\\[-`{-~", ["xdigit"] = "0-9A-Fa-f",
        ["word"] = Word, ["cntrl"] = "\\x00-\\x1F\\x7F", ["print"] = " -~", ["graph"] = "!-~", ["ascii"] = "\\x00-\\x7F",
    };

    private void CharClass()
    {
        _i++;
        _o.Append('[');
        if (_i < _p.Length && _p[_i] == '^')
        {
            _o.Append('^');
            _i++;
        }
        if (_i < _p.Length && _p[_i] == ']')
        {
            _o.Append("\\]");
            _i++;
        }
        while (_i < _p.Length && _p[_i] != ']')
        {
            char c = _p[_i];
            if (c == '\\')
                Escape(inClass: true);
            else if (c == '[' && _i + 1 < _p.Length && _p[_i + 1] == ':')
            {
                int close = _p.IndexOf(":]", _i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    _o.Append("\\[");
                    _i++;
                    continue;
                }
                string name = _p[(_i + 2)..close];
                bool negated = name.StartsWith('^');
                if (negated || !Posix.TryGetValue(name, out var set))
                    throw new RegexUnsupportedException("POSIX class");
                _o.Append(set);
                _i = close + 2;
            }
            else if (c == '[')
            {
                _o.Append("\\[");
                _i++;
            }
            else
            {
                _o.Append(c);
                _i++;
            }
        }
        if (_i < _p.Length)
        {
            _o.Append(']');
            _i++;
        }
    }
}
