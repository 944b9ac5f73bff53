using System.Reflection;
using System.Reflection.Emit;
using Enigma.Runtime.Code;
using Enigma.Runtime.Emulator;
using Enigma.Runtime.Memory;
using Enigma.Runtime.Terms;

namespace Enigma.Runtime.Compiler;

/// <summary>
/// Turns one Erlang function into a <see cref="DynamicMethod"/> (a <see cref="CompiledCode"/>):
/// per instruction, a few IL instructions and calls to <see cref="CompiledOps"/> with the operands
/// as constants, jump targets as IL labels, the hot state (x, stack, sp, constants) in IL locals.
/// Wherever control leaves, the process holds what the interpreter would hold there; an
/// instruction the compiler leaves to the interpreter ends the compiled code (Exit.Interpret)
/// and the interpreter comes back at the next call or return. The instruction families are in
/// FunctionCompiler.Instructions.cs; this file holds the frame: entries, operands, exits.
/// </summary>
internal sealed partial class FunctionCompiler
{
    // The compiled method's arguments: the unit (bound), then CompiledCode's parameters.
    private const short ArgUnit = 0, ArgInterp = 1, ArgProcess = 2, ArgEntry = 3, ArgDepth = 4;

    private static readonly Type[] Parameters =
        [typeof(FunctionUnit), typeof(Interpreter), typeof(Process), typeof(int), typeof(int)];

    private static readonly Dictionary<string, MethodInfo> Ops = typeof(CompiledOps)
        .GetMethods(BindingFlags.Public | BindingFlags.Static).ToDictionary(m => m.Name);

    private static readonly FieldInfo StackField = Field(typeof(Process), nameof(Process.Stack));
    private static readonly FieldInfo SpField = Field(typeof(Process), nameof(Process.Sp));

    private readonly FunctionUnit _unit;
    private readonly DynamicMethod _method;
    private readonly LoadedModule _module;
    private readonly ModuleUnits _units;
    private readonly Instr[] _code;
    private readonly ILGenerator _il;
    private readonly Label[] _labels;
    private readonly Dictionary<int, Label> _outside = [];
    private readonly List<int> _entries;
    private readonly List<Term> _words = [];
    private readonly List<FunctionUnit> _callees = [];
    private readonly LocalBuilder _x, _fr, _stack, _sp, _consts, _moduleLocal, _heap, _wordsLocal, _calleesLocal;
    // Scratch: _term is EmitStore's; _cell holds a value across a store or a call.
    private readonly LocalBuilder _term, _cell, _double, _long, _int;

    /// <summary>The locals the body reads: the prologue loads only those.</summary>
    private readonly HashSet<LocalBuilder> _used = [];

    private FunctionCompiler(FunctionUnit unit, DynamicMethod method)
    {
        var il = method.GetILGenerator();
        _unit = unit;
        _method = method;
        _module = unit.Module;
        _units = ModuleUnits.For(unit.Module);
        _code = unit.Module.Code;
        _il = il;
        _labels = new Label[unit.End - unit.Start];
        for (var k = 0; k < _labels.Length; k++)
            _labels[k] = il.DefineLabel();
        _entries = [unit.Entry];
        for (var pc = unit.Start; pc + 1 < unit.End; pc++)
        {
            if (PushesReturnAddress(_code[pc].Op))
                _entries.Add(pc + 1);
        }
        // Catch handlers: where the interpreter continues after unwinding to this function.
        for (var pc = unit.Start; pc < unit.End; pc++)
        {
            if (_code[pc].Op is Op.Catch or Op.Try && _code[pc].B > unit.Entry && _code[pc].B < unit.End && !_entries.Contains(_code[pc].B))
                _entries.Add(_code[pc].B);
        }
        _x = il.DeclareLocal(typeof(Term[]));
        _fr = il.DeclareLocal(typeof(double[]));
        _stack = il.DeclareLocal(typeof(Term[]));
        _sp = il.DeclareLocal(typeof(int));
        _consts = il.DeclareLocal(typeof(Term[]));
        _moduleLocal = il.DeclareLocal(typeof(LoadedModule));
        _heap = il.DeclareLocal(typeof(Heap));
        _wordsLocal = il.DeclareLocal(typeof(Term[]));
        _calleesLocal = il.DeclareLocal(typeof(FunctionUnit[]));
        _term = il.DeclareLocal(typeof(Term));
        _cell = il.DeclareLocal(typeof(Term));
        _double = il.DeclareLocal(typeof(double));
        _long = il.DeclareLocal(typeof(long));
        _int = il.DeclareLocal(typeof(int));
    }

    /// <summary>
    /// Compiles <paramref name="unit"/> unless it is compiled already (another scheduler may have
    /// got there first): sets its code, then adds its return addresses as entry points.
    /// </summary>
    public static void Compile(FunctionUnit unit)
    {
        lock (unit.Compiling)
        {
            if (unit.Code is not null)
                return;
            var (name, arity) = unit.Module.Lines.FunctionAt(unit.Start) ?? (Atoms.Undefined, 0);
            var method = new DynamicMethod($"{unit.Module}:{Atoms.Name(name)}/{arity}", typeof(Exit), Parameters,
                typeof(FunctionUnit).Module, skipVisibility: true);
            var compiler = new FunctionCompiler(unit, method);
            compiler.EmitFunction();
            unit.Publish(method.CreateDelegate<CompiledCode>(unit), [.. compiler._words], [.. compiler._callees]);
            compiler._units.AddEntries(unit, compiler._entries);
        }
    }

    /// <summary>Instructions after which a return address to the next one is on the stack.</summary>
    private static bool PushesReturnAddress(Op op) =>
        op is Op.Call or Op.CallExt or Op.CallBif or Op.CallFun or Op.CallFun2 or Op.Apply;

    private void EmitFunction()
    {
        var prologue = _il.DefineLabel();
        _il.Emit(OpCodes.Br, prologue);
        for (var pc = _unit.Start; pc < _unit.End; pc++)
        {
            _il.MarkLabel(_labels[pc - _unit.Start]);
            EmitInstruction(pc, ref _code[pc]);
        }
        EmitLeave(_unit.End, Exit.Jump);
        foreach (var (target, label) in _outside)
        {
            _il.MarkLabel(label);
            EmitLeave(target, Exit.Jump);
        }

        // The prologue loads the state the body uses, once, then jumps to the entry point asked for.
        _il.MarkLabel(prologue);
        if (_used.Contains(_fr))
        {
            Arg(ArgInterp);
            _il.Emit(OpCodes.Call, Getter(typeof(Interpreter), nameof(Interpreter.FloatRegisters)));
            _il.Emit(OpCodes.Stloc, _fr);
        }
        if (_used.Contains(_heap))
        {
            Arg(ArgProcess);
            _il.Emit(OpCodes.Call, Getter(typeof(Process), nameof(Process.Heap)));
            _il.Emit(OpCodes.Stloc, _heap);
        }
        if (_used.Contains(_moduleLocal) || _used.Contains(_consts))
        {
            Arg(ArgUnit);
            _il.Emit(OpCodes.Call, Getter(typeof(FunctionUnit), nameof(FunctionUnit.Module)));
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, _moduleLocal);
            _il.Emit(OpCodes.Call, Getter(typeof(LoadedModule), nameof(LoadedModule.Constants)));
            _il.Emit(OpCodes.Stloc, _consts);
        }
        if (_used.Contains(_wordsLocal))
        {
            Arg(ArgUnit);
            _il.Emit(OpCodes.Ldfld, typeof(FunctionUnit).GetField(nameof(FunctionUnit.Words))!);
            _il.Emit(OpCodes.Stloc, _wordsLocal);
        }
        if (_used.Contains(_calleesLocal))
        {
            Arg(ArgUnit);
            _il.Emit(OpCodes.Ldfld, typeof(FunctionUnit).GetField(nameof(FunctionUnit.Callees))!);
            _il.Emit(OpCodes.Stloc, _calleesLocal);
        }
        Arg(ArgInterp);
        _il.Emit(OpCodes.Call, Getter(typeof(Interpreter), nameof(Interpreter.X)));
        St(_x);
        EmitReload();
        // Most entries are calls (entry 0): a direct branch, not the jump table's indirect one.
        Arg(ArgEntry);
        _il.Emit(OpCodes.Brfalse, L(_unit.Entry));
        Arg(ArgEntry);
        _il.Emit(OpCodes.Switch, _entries.Select(L).ToArray());
        Arg(ArgEntry);
        Call(nameof(CompiledOps.BadEntry));
        _il.Emit(OpCodes.Ret);
    }

    // ---- operands ----

    /// <summary>Pushes the value of an operand (x, y or constant).</summary>
    private void EmitGet(int operand)
    {
        var index = Operand.Index(operand);
        switch (Operand.Kind(operand))
        {
            case Operand.X:
                EmitGetX(index);
                break;
            case Operand.Y:
                EmitGetY(index);
                break;
            case Operand.Const:
                EmitElement(_consts, index);
                break;
            default:
                throw new InvalidOperationException($"a float register where a term is read: {operand}");
        }
    }

    private void EmitGetX(int index) => EmitElement(_x, index);

    private void EmitGetY(int index)
    {
        Ld(_stack);
        Ld(_sp);
        Ldc(index);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Ldelem, typeof(Term));
    }

    private void EmitElement(LocalBuilder array, int index)
    {
        Ld(array);
        Ldc(index);
        _il.Emit(OpCodes.Ldelem, typeof(Term));
    }

    /// <summary>Stores the term on the IL stack into an x or y register operand.</summary>
    private void EmitStore(int operand)
    {
        St(_term);
        var index = Operand.Index(operand);
        if (Operand.Kind(operand) == Operand.X)
        {
            Ld(_x);
            Ldc(index);
        }
        else
        {
            Ld(_stack);
            Ld(_sp);
            Ldc(index);
            _il.Emit(OpCodes.Add);
        }
        Ld(_term);
        Call(Method(typeof(Term), nameof(Term.Store)));
    }

    /// <summary>Pushes a word made at compile time (a return address or a catch word).</summary>
    private void EmitWord(Term word)
    {
        _words.Add(word);
        EmitElement(_wordsLocal, _words.Count - 1);
    }

    // ---- control ----

    /// <summary>The label of instruction <paramref name="target"/>; outside this function, a jump out of it.</summary>
    private Label L(int target)
    {
        if (target >= _unit.Start && target < _unit.End)
            return _labels[target - _unit.Start];
        if (!_outside.TryGetValue(target, out var label))
            _outside[target] = label = _il.DefineLabel();
        return label;
    }

    /// <summary>Leaves compiled code: the interpreter (or the tier's loop) continues at <paramref name="pc"/>.</summary>
    private void EmitLeave(int pc, Exit exit)
    {
        Arg(ArgProcess);
        Ld(_sp);
        Ld(_moduleLocal);
        Ldc(pc);
        Ldc((int)exit);
        Call(nameof(CompiledOps.Leave));
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>The instruction at <paramref name="pc"/> raised.</summary>
    private void EmitRaised(int pc)
    {
        Arg(ArgProcess);
        Ld(_sp);
        Ld(_moduleLocal);
        Ldc(pc);
        Call(nameof(CompiledOps.Raised));
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>After a call that returned an Exit: Returned goes on (with the stack reloaded), anything else is passed up.</summary>
    private void EmitContinueOrPassUp()
    {
        var returned = _il.DefineLabel();
        St(_int);
        Ld(_int);
        _il.Emit(OpCodes.Brfalse, returned);
        Ld(_int);
        _il.Emit(OpCodes.Ret);
        _il.MarkLabel(returned);
        EmitReload();
    }

    /// <summary>stack and sp from the process, after anything that may have grown or moved them.</summary>
    private void EmitReload()
    {
        Arg(ArgProcess);
        _il.Emit(OpCodes.Ldfld, StackField);
        St(_stack);
        Arg(ArgProcess);
        _il.Emit(OpCodes.Ldfld, SpField);
        St(_sp);
    }

    private void EmitAddSp(int words)
    {
        if (words == 0)
            return;
        Ld(_sp);
        Ldc(words);
        _il.Emit(OpCodes.Add);
        St(_sp);
    }

    // ---- IL shorthands ----

    private void Ldc(int value) => _il.Emit(OpCodes.Ldc_I4, value);

    private void Ld(LocalBuilder local)
    {
        _used.Add(local);
        _il.Emit(OpCodes.Ldloc, local);
    }

    private void St(LocalBuilder local) => _il.Emit(OpCodes.Stloc, local);

    private void Arg(short index) => _il.Emit(OpCodes.Ldarg, index);

    private void Call(string compiledOp) => _il.Emit(OpCodes.Call, Ops[compiledOp]);

    private void Call(MethodInfo method) => _il.Emit(OpCodes.Call, method);

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.Name, name);

    private static MethodInfo Getter(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)?.GetMethod
        ?? throw new MissingMemberException(type.Name, name);

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new MissingFieldException(type.Name, name);
}
