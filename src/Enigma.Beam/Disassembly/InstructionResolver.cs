using Enigma.Beam.Code;
using Enigma.Beam.Etf;

namespace Enigma.Beam.Disassembly;

/// <summary>
/// Turns one generic instruction into the term OTP 25's beam_disasm gives for it: its
/// decode_arg forms (<c>{u,N}</c>, <c>{i,N}</c>, <c>{x,N}</c>, <c>{f,L}</c>, <c>{atom,A}</c>,
/// <c>{literal,T}</c>, <c>{tr,R,T}</c> ...) rewritten by resolve_inst/resolve_args, clause by
/// clause. Where beam_disasm would fail to match, this throws a <see cref="BeamFormatException"/>.
/// </summary>
internal sealed class InstructionResolver
{
    private static readonly EAtom Nil = new("nil");

    private readonly BeamFile _file;
    private readonly EAtom _module;
    private readonly IReadOnlyDictionary<long, ETerm> _localFunctions;
    private readonly ETerm?[] _types;
    private Instruction _current;

    public InstructionResolver(BeamFile file, IReadOnlyDictionary<long, ETerm> localFunctions)
    {
        _file = file;
        _module = new EAtom(file.Module);
        _localFunctions = localFunctions;
        _types = new ETerm?[file.Types.Count];
    }

    /// <summary>The term for an instruction other than func_info (which the splitter resolves).</summary>
    public ETerm Resolve(in Instruction instruction)
    {
        _current = instruction;
        var info = GenericOps.Info(instruction.Op);
        var o = instruction.Operands;
        if (o.Length != info.Arity)
            throw Error($"{info.Name} has {o.Length} operands, not {info.Arity}");
        var name = info.Name;
        return instruction.Op switch
        {
            GenericOp.Label => T("label", U(o[0])),
            GenericOp.Call or GenericOp.CallOnly => T(name, U(o[0]), LocalFunction(o[1])),
            GenericOp.CallLast => T(name, U(o[0]), LocalFunction(o[1]), U(o[2])),
            GenericOp.CallExt or GenericOp.CallExtOnly => T(name, U(o[0]), Import(o[1])),
            GenericOp.CallExtLast => T(name, U(o[0]), Import(o[1]), U(o[2])),
            GenericOp.Bif0 => T("bif", BifName(o[0]), A("nofail"), ENil.Instance, Res(o[1])),
            GenericOp.Bif1 => T("bif", BifName(o[1]), Res(o[0]), L(Res(o[2])), Res(o[3])),
            GenericOp.Bif2 => T("bif", BifName(o[1]), Res(o[0]), L(Res(o[2]), Res(o[3])), Res(o[4])),
            GenericOp.Allocate or GenericOp.AllocateZero or GenericOp.TestHeap or GenericOp.Trim
                or GenericOp.ApplyLast => T(name, U(o[0]), U(o[1])),
            GenericOp.AllocateHeap or GenericOp.AllocateHeapZero => T(name, U(o[0]), U(o[1]), U(o[2])),
            GenericOp.Deallocate or GenericOp.CallFun or GenericOp.Apply => T(name, U(o[0])),
            GenericOp.Return or GenericOp.Send or GenericOp.RemoveMessage or GenericOp.Timeout
                or GenericOp.IfEnd or GenericOp.Fclearerror or GenericOp.BsInitWritable or GenericOp.OnLoad
                or GenericOp.BuildStacktrace or GenericOp.RawRaise or GenericOp.NifStart => A(name),
            GenericOp.Init or GenericOp.LoopRecEnd or GenericOp.Wait or GenericOp.Jump or GenericOp.CatchEnd
                or GenericOp.TryEnd or GenericOp.TryCase or GenericOp.RecvMark or GenericOp.RecvSet
                or GenericOp.RecvMarkerClear or GenericOp.RecvMarkerReserve or GenericOp.RecvMarkerUse
                => T(name, Raw(o[0])),
            GenericOp.LoopRec or GenericOp.Catch or GenericOp.Try or GenericOp.GetHd or GenericOp.GetTl
                or GenericOp.BsSetPosition or GenericOp.RecvMarkerBind => T(name, Raw(o[0]), Raw(o[1])),
            GenericOp.GetList or GenericOp.BsGetTail or GenericOp.BsGetPosition
                => T(name, Raw(o[0]), Raw(o[1]), Raw(o[2])),
            GenericOp.BsStartMatch3 or GenericOp.BsStartMatch4 => T(name, Raw(o[0]), Raw(o[1]), Raw(o[2]), Raw(o[3])),
            GenericOp.WaitTimeout => T(name, Raw(o[0]), Res(o[1])),
            GenericOp.IsLt or GenericOp.IsGe or GenericOp.IsEq or GenericOp.IsNe or GenericOp.IsEqExact
                or GenericOp.IsNeExact or GenericOp.IsInteger or GenericOp.IsFloat or GenericOp.IsNumber
                or GenericOp.IsAtom or GenericOp.IsPid or GenericOp.IsReference or GenericOp.IsPort
                or GenericOp.IsNil or GenericOp.IsBinary or GenericOp.IsList or GenericOp.IsNonemptyList
                or GenericOp.IsTuple or GenericOp.TestArity or GenericOp.IsTaggedTuple or GenericOp.IsFunction
                or GenericOp.IsBoolean or GenericOp.IsFunction2 or GenericOp.IsBitstr or GenericOp.IsMap
                => T("test", A(name), Res(o[0]), L([.. o.Skip(1).Select(Res)])),
            GenericOp.SelectVal or GenericOp.SelectTupleArity => T(name, Raw(o[0]), Raw(o[1]), ResolvedList(o[2])),
            GenericOp.Move => T(name, Res(o[0]), Raw(o[1])),
            GenericOp.PutList => T(name, Res(o[0]), Res(o[1]), Raw(o[2])),
            GenericOp.GetTupleElement => T(name, Res(o[0]), U(o[1]), Res(o[2])),
            GenericOp.SetTupleElement => T(name, Res(o[0]), Res(o[1]), U(o[2])),
            GenericOp.PutTuple => T(name, U(o[0]), Raw(o[1])),
            GenericOp.Put or GenericOp.Badmatch or GenericOp.CaseEnd or GenericOp.Fcheckerror
                or GenericOp.TryCaseEnd or GenericOp.BsContextToBinary or GenericOp.Line
                or GenericOp.Badrecord => T(name, Res(o[0])),
            GenericOp.BsPutInteger or GenericOp.BsPutBinary or GenericOp.BsPutFloat
                => T(name, Raw(o[0]), Res(o[1]), U(o[2]), Flags(o[3]), Res(o[4])),
            GenericOp.BsPutString => PutString(o[0], o[1]),
            GenericOp.Fmove or GenericOp.Fconv or GenericOp.Swap => T(name, Res(o[0]), Res(o[1])),
            GenericOp.Fadd or GenericOp.Fsub or GenericOp.Fmul or GenericOp.Fdiv
                => T("arithfbif", A(name), Res(o[0]), L(Res(o[1]), Res(o[2])), Res(o[3])),
            GenericOp.Fnegate => T("arithfbif", A(name), Res(o[0]), L(Res(o[1])), Res(o[2])),
            GenericOp.MakeFun2 => MakeFun2(o[0]),
            GenericOp.MakeFun3 => MakeFun3(o[0], o[1], o[2]),
            // raise has no BIF behind it, so beam_disasm shows it in this fixed form.
            GenericOp.Raise => T(name, Tag("f", 0), L(Raw(o[0]), Raw(o[1])), Tag("x", 0)),
            GenericOp.BsInit2 or GenericOp.BsInitBits
                => T(name, Raw(o[0]), Res(o[1]), U(o[2]), U(o[3]), Flags(o[4]), Res(o[5])),
            GenericOp.BsAdd => T(name, Raw(o[0]), L(Res(o[1]), Res(o[2]), Res(o[3])), Res(o[4])),
            GenericOp.BsStartMatch2 => T("test", A(name), Raw(o[0]), L(Raw(o[1]), U(o[2]), U(o[3]), Raw(o[4]))),
            GenericOp.BsGetInteger2 or GenericOp.BsGetBinary2 or GenericOp.BsGetFloat2
                => T("test", A(name), Raw(o[0]), L(Raw(o[1]), U(o[2]), Res(o[3]), U(o[4]), Flags(o[5]), Res(o[6]))),
            GenericOp.BsSkipBits2 => T("test", A(name), Raw(o[0]), L(Raw(o[1]), Res(o[2]), U(o[3]), Flags(o[4]))),
            GenericOp.BsTestTail2 or GenericOp.BsTestUnit => T("test", A(name), Raw(o[0]), L(Raw(o[1]), U(o[2]))),
            GenericOp.BsSave2 or GenericOp.BsRestore2
                => T(name, Raw(o[0]), o[1].Kind == OperandKind.Atom ? Raw(o[1]) : U(o[1])),
            GenericOp.GcBif1 => T("gc_bif", BifName(o[2]), Res(o[0]), Res(o[1]), L(Res(o[3])), Res(o[4])),
            GenericOp.GcBif2 => T("gc_bif", BifName(o[2]), Res(o[0]), Res(o[1]), L(Res(o[3]), Res(o[4])), Res(o[5])),
            GenericOp.GcBif3 => T("gc_bif", BifName(o[2]), Res(o[0]), Res(o[1]), L(Res(o[3]), Res(o[4]), Res(o[5])), Res(o[6])),
            GenericOp.BsMatchString => MatchString(o),
            GenericOp.BsAppend
                => T(name, Raw(o[0]), Res(o[1]), U(o[2]), U(o[3]), U(o[4]), Res(o[5]), Flags(o[6]), Res(o[7])),
            GenericOp.BsPrivateAppend => T(name, Raw(o[0]), Res(o[1]), U(o[2]), Res(o[3]), Flags(o[4]), Res(o[5])),
            GenericOp.BsGetUtf8 or GenericOp.BsGetUtf16 or GenericOp.BsGetUtf32
                => T("test", A(name), Raw(o[0]), L(Res(o[1]), Res(o[2]), Flags(o[3]), Res(o[4]))),
            GenericOp.BsSkipUtf8 or GenericOp.BsSkipUtf16 or GenericOp.BsSkipUtf32
                => T("test", A(name), Raw(o[0]), L(Res(o[1]), Res(o[2]), Flags(o[3]))),
            GenericOp.BsUtf8Size or GenericOp.BsUtf16Size => T(name, Raw(o[0]), Res(o[1]), Res(o[2])),
            GenericOp.BsPutUtf8 or GenericOp.BsPutUtf16 or GenericOp.BsPutUtf32 => T(name, Raw(o[0]), Flags(o[1]), Res(o[2])),
            GenericOp.PutMapAssoc or GenericOp.PutMapExact
                => T(name, Raw(o[0]), Raw(o[1]), Raw(o[2]), U(o[3]), ResolvedList(o[4])),
            GenericOp.HasMapFields => T("test", A(name), Raw(o[0]), Raw(o[1]), ResolvedList(o[2])),
            GenericOp.GetMapElements => T(name, Raw(o[0]), Raw(o[1]), ResolvedList(o[2])),
            GenericOp.PutTuple2 => T(name, Raw(o[0]), ResolvedList(o[1])),
            GenericOp.InitYregs => T(name, ResolvedList(o[0])),
            GenericOp.BsCreateBin => CreateBin(o),
            GenericOp.CallFun2 => T(name, Raw(o[0]), U(o[1]), Raw(o[2])),
            _ => throw Error($"beam_disasm has no rule for {name}"),
        };
    }

    /// <summary>The decode_arg form of an operand, before resolve_arg.</summary>
    public ETerm Raw(in Operand o)
    {
        if (o.IsTyped)
            return T("tr", Tag(o.Kind == OperandKind.X ? "x" : "y", o.Value), TypeTerm(o.TypeIndex));
        return o.Kind switch
        {
            OperandKind.Unsigned => Tag("u", o.Value),
            OperandKind.Integer => new ETuple([A("i"), new EInteger(o.BigValue)]),
            OperandKind.Atom => T("atom", AtomTerm(o.Value)),
            OperandKind.Nil => Nil,
            OperandKind.X => Tag("x", o.Value),
            OperandKind.Y => Tag("y", o.Value),
            OperandKind.Label => Tag("f", o.Value),
            OperandKind.Character => Tag("h", o.Value),
            // beam_disasm's <<F:64/float>> does not match the bits of an infinity or NaN.
            OperandKind.Float => double.IsFinite(o.FloatValue)
                ? T("float", new EFloat(o.FloatValue))
                : throw Error($"float operand {o.FloatValue} is not a finite float"),
            OperandKind.FloatRegister => Tag("fr", o.Value),
            OperandKind.AllocList => T("u", AllocTerm(o)),
            OperandKind.Literal => LiteralTerm(o.Value),
            // beam_disasm reads an extended list as {z,1} and the list body as further operands,
            // which only the instructions that expect a list put back together.
            _ => throw Error($"a {o.Kind} operand where beam_disasm expects a single operand"),
        };
    }

    /// <summary>resolve_arg/1: unsigned numbers become plain integers, integers {integer,N}.</summary>
    private ETerm Res(Operand o)
    {
        if (o.IsTyped)
            return Raw(o);
        return o.Kind switch
        {
            OperandKind.Unsigned => new EInteger(o.Value),
            OperandKind.Integer => T("integer", new EInteger(o.BigValue)),
            OperandKind.Atom or OperandKind.Nil or OperandKind.X or OperandKind.Y or OperandKind.Label
                or OperandKind.Float or OperandKind.FloatRegister or OperandKind.Literal => Raw(o),
            _ => throw Error($"beam_disasm cannot resolve a {o.Kind} operand"),
        };
    }

    /// <summary>The pattern {u,N}: N itself (an allocation list also decodes as {u,{alloc,...}}).</summary>
    private ETerm U(in Operand o) => o.Kind switch
    {
        OperandKind.Unsigned when !o.IsTyped => new EInteger(o.Value),
        OperandKind.AllocList => AllocTerm(o),
        _ => throw Error($"expected an unsigned operand, found {o}"),
    };

    /// <summary>A number beam_disasm computes with: a plain tag-u operand.</summary>
    private long Count(in Operand o) =>
        o.Kind == OperandKind.Unsigned && !o.IsTyped ? o.Value : throw Error($"expected an unsigned operand, found {o}");

    private ETerm Flags(in Operand o) => T("field_flags", U(o));

    private ETerm LocalFunction(in Operand o)
    {
        if (o.Kind != OperandKind.Label || o.IsTyped)
            throw Error($"expected a label, found {o}");
        return _localFunctions.TryGetValue(o.Value, out var mfa)
            ? mfa
            : throw Error($"label {o.Value} is not the entry of a function (no func_info before it)");
    }

    private ImportEntry ImportEntryAt(in Operand o)
    {
        var index = Count(o);
        return index < _file.Imports.Count ? _file.Imports[(int)index] : throw Error($"import index {index} is out of range");
    }

    private ETerm Import(in Operand o)
    {
        var entry = ImportEntryAt(o);
        return T("extfunc", A(entry.Module), A(entry.Function), new EInteger(entry.Arity));
    }

    private EAtom BifName(in Operand o) => A(ImportEntryAt(o).Function);

    private LambdaEntry Lambda(in Operand o)
    {
        var index = Count(o);
        return index < _file.Lambdas.Count ? _file.Lambdas[(int)index] : throw Error($"lambda index {index} is out of range");
    }

    private ETerm MakeFun2(in Operand fun)
    {
        var lambda = Lambda(fun);
        return T("make_fun2", LambdaMfa(lambda), U(fun), new EInteger(lambda.OldUniq), new EInteger(lambda.FreeCount));
    }

    private ETerm MakeFun3(in Operand fun, in Operand dst, in Operand env)
    {
        var lambda = Lambda(fun);
        return T("make_fun3", LambdaMfa(lambda), U(fun), new EInteger(lambda.OldUniq), Raw(dst), ResolvedList(env));
    }

    private ETuple LambdaMfa(LambdaEntry lambda) => new([_module, A(lambda.Function), new EInteger(lambda.Arity)]);

    private ETerm PutString(in Operand length, in Operand offset)
    {
        var bytes = StringBytes(Count(offset), Count(length));
        return T("bs_put_string", U(length), T("string", L([.. bytes.Select(b => (ETerm)new EInteger(b))])));
    }

    private ETerm MatchString(Operand[] o)
    {
        var bits = Count(o[2]);
        var bytes = StringBytes(Count(o[3]), (bits + 7) / 8);
        return T("test", A("bs_match_string"), Raw(o[0]), L(Raw(o[1]), U(o[2]), new EBitstring(bytes, 8)));
    }

    private byte[] StringBytes(long offset, long length)
    {
        if (length <= 0)
            return [];
        var strings = _file.Strings.Span;
        if (offset > strings.Length || length > strings.Length - offset)
            throw Error($"string table slice {offset}+{length} is outside the {strings.Length}-byte string table");
        return strings.Slice((int)offset, (int)length).ToArray();
    }

    /// <summary>bs_create_bin keeps its raw decode: {Fail,Alloc,Live,Unit,Dst,{z,1},{u,N},[Segments]}.</summary>
    private ETerm CreateBin(Operand[] o)
    {
        var segments = Elements(o[5]);
        var all = new ETerm[]
        {
            Raw(o[0]), Raw(o[1]), Raw(o[2]), Raw(o[3]), Raw(o[4]),
            Tag("z", 1), Tag("u", segments.Count), L([.. segments.Select(s => Raw(s))]),
        };
        return T("bs_create_bin", L(new ETuple(all)));
    }

    private ETerm ResolvedList(in Operand o) => T("list", L([.. Elements(o).Select(Res)]));

    private IReadOnlyList<Operand> Elements(in Operand o) =>
        o.Kind == OperandKind.List ? o.Elements : throw Error($"expected an extended list, found {o}");

    private ETerm AtomTerm(long index) =>
        index >= 1 && index <= _file.Atoms.Count ? A(_file.Atoms[(int)index - 1]) : throw Error($"atom index {index} is out of range");

    private ETerm LiteralTerm(long index)
    {
        if (index < 0 || index >= _file.Literals.Count)
            throw Error($"literal index {index} is out of range");
        var literal = _file.Literals[(int)index];
        return literal is EFloat ? T("float", literal) : T("literal", literal);
    }

    private ETerm TypeTerm(int index)
    {
        if (index < 0 || index >= _types.Length)
            throw Error($"type index {index} is out of range");
        return _types[index] ??= TypeShapes.Decode(_file.Types[index]);
    }

    private static ETerm AllocTerm(in Operand o) =>
        T("alloc", L([.. o.AllocEntries.Select(e => (ETerm)new ETuple([A(e.Kind switch
        {
            AllocKind.Words => "words",
            AllocKind.Floats => "floats",
            _ => "funs",
        }), new EInteger(e.Count)]))]));

    private BeamFormatException Error(string problem) =>
        new(_file.Source, "Code", _current.Offset, $"{_current.Name}: {problem}");

    private static EAtom A(string name) => new(name);

    private static ETuple Tag(string tag, long value) => new([A(tag), new EInteger(value)]);

    private static ETuple T(string tag, params ETerm[] elements) => new([A(tag), .. elements]);

    private static ETerm L(params ETerm[] elements) =>
        elements.Length == 0 ? ENil.Instance : new EList(elements, ENil.Instance);
}
