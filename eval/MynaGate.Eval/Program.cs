using MynaGate.Eval;

// Evaluation programs: accuracy and speed measured on data, printed as tables (./mynagate eval …).
try
{
    if (args is ["face" or "liveness" or "ocr" or "certs", ..]) Console.WriteLine($"eval {args[0]}: {MynaGate.Bench.BuildInfo.Header}");
    return args switch
    {
        ["face", .. var rest] => FaceEvaluation.Run(EvalArguments.Parse(rest)),
        ["liveness", .. var rest] => LivenessEvaluation.Run(EvalArguments.Parse(rest)),
        ["ocr", .. var rest] => OcrEvaluation.Run(EvalArguments.Parse(rest)),
        ["certs", .. var rest] => CertificateEvaluation.Run(EvalArguments.Parse(rest)),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"eval: {e.Message}");
    return 2;
}
catch (Exception e) when (e is MynaGate.Vision.Errors.VisionException or MynaGate.Ocr.Tesseract.OcrException or IOException)
{
    Console.Error.WriteLine($"eval: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: ./mynagate eval face [--dataset DIR] [--recognizer NAME] [--flip on|off] [--update-config FILE]");
    Console.Error.WriteLine("       ./mynagate eval liveness [--dataset DIR]");
    Console.Error.WriteLine("       ./mynagate eval ocr [--count N] [--seed S] [--no-chip]");
    Console.Error.WriteLine("       ./mynagate eval certs [--count N] [--seed S]");
    return 2;
}
