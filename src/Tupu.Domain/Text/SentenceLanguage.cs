namespace Tupu.Domain.Text;

/// <summary>The language of one sentence.</summary>
public enum SentenceLanguage
{
    Zh,
    En,
    Mixed,
}
