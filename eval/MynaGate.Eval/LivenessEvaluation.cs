namespace MynaGate.Eval;

internal static class LivenessEvaluation
{
    public static int Run(EvalArguments args)
    {
        _ = args;
        throw new ArgumentException("not written yet");
    }
}
