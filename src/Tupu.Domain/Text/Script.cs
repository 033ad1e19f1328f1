namespace Tupu.Domain.Text;

/// <summary>The writing system a text or sentence is in.</summary>
public enum Script
{
    Latin,
    Simplified,
    Traditional,
}
