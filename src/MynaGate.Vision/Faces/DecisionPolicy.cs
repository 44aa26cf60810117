namespace MynaGate.Vision.Faces;

/// <summary>
/// How a verification uses several frames: the time budget, how many good frames are compared, the share of them
/// that must look live, and the margin above the threshold that accepts at once.
/// </summary>
public sealed record DecisionPolicy(
    int BudgetMilliseconds = 8000,
    int FramesToDecide = 5,
    float LiveFraction = 0.6f,
    float LivenessThreshold = 0.5f,
    float EarlyAcceptMargin = 0.1f,
    int MaskedFramesBeforePrompt = 3);
