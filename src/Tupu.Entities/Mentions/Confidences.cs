namespace Tupu.Entities.Mentions;

/// <summary>How much each way of finding a mention is trusted; discoveries stay below lexicon matches.</summary>
internal static class Confidences
{
    public const double Lexicon = 0.95;
    public const double Learned = 0.8;
    public const double Extension = 0.8;
    public const double Pair = 0.75;
    public const double ShortForm = 0.7;
    public const double Transliteration = 0.7;
    public const double Title = 0.65;
    public const double Cue = 0.6;
    public const double Outlet = 0.7;
}
