using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>What a patient does on the screens, in test form.</summary>
public static class Drive
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static async Task ChooseAsync(ChainReader reader, AuthenticationMethod method)
    {
        await reader.WaitForAsync(FlowState.MethodChoice, Step);
        reader.Flow.Send(new ChooseMethod(method));
    }

    /// <summary>Types <paramref name="pin"/> on the shuffled pad by position, as a patient reads the keys.</summary>
    public static async Task<FlowScreen> EnterPinAsync(ChainReader reader, string pin)
    {
        var screen = await reader.WaitForAsync(FlowState.PinEntry, Step);
        var layout = screen.PadLayout!;
        foreach (char digit in pin) reader.Flow.Send(new PadKey(layout.ToList().IndexOf(digit - '0')));
        reader.Flow.Send(new PadSubmit());
        return screen;
    }

    /// <summary>Waits until the reader shows the screen <paramref name="screenId"/> (consent screens share a state, not an ID).</summary>
    public static async Task<FlowScreen> ScreenAsync(ChainReader reader, string screenId)
    {
        await WaitUntilAsync(() => reader.Flow.Screen.ScreenId == screenId);
        return reader.Flow.Screen;
    }

    /// <summary>Polls until <paramref name="condition"/> holds: what the terminal does after a reader's notice lands a moment later.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Step;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true.");
            await Task.Delay(50);
        }
    }

    public static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>Answers each consent screen with the next answer.</summary>
    public static async Task AnswerConsentsAsync(ChainReader reader, params bool[] answers)
    {
        string? last = null;
        foreach (bool answer in answers)
        {
            var deadline = DateTime.UtcNow + Step;
            while (reader.Flow.Screen is not { State: FlowState.Consent } screen || screen.ScreenId == last)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"No consent screen; the reader shows {reader.Flow.Screen.State} {reader.Flow.Screen.ErrorCode}.");
                await Task.Delay(20);
            }
            last = reader.Flow.Screen.ScreenId;
            reader.Flow.Send(new Answer(answer));
        }
    }
}
