namespace Enigma.Runtime.Compiler;

/// <summary>How control leaves compiled code; the process (p.Sp, p.Module, p.Pc) says where it goes.</summary>
internal enum Exit
{
    /// <summary>The function returned to the compiled caller that called it directly (depth above 0).</summary>
    Returned,
    /// <summary>Continue at (p.Module, p.Pc): compiled code if there is an entry there, else the interpreter.</summary>
    Jump,
    /// <summary>The interpreter runs the instruction at (p.Module, p.Pc): one the compiler leaves to it.</summary>
    Interpret,
    /// <summary>Returned to the bottom of the stack: the process has finished.</summary>
    Finished,
    /// <summary>An exception is raised (p.CurrentPc set as the interpreter sets it); the interpreter unwinds.</summary>
    Error,
    /// <summary>No compiled code at the place asked: the interpreter goes on as it was.</summary>
    NotCompiled,
}
