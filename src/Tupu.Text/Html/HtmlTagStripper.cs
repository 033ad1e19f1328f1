using System.Net;
using System.Text;

namespace Tupu.Text.Html;

/// <summary>
/// A streaming, DOM-free HTML to text converter: tags removed, script/style/head content skipped, nav/aside/footer
/// content skipped, entities decoded, block tags turned into paragraph breaks, whitespace collapsed. Linear and
/// with constant state, it handles what a DOM cannot afford: pages nested thousands deep and files too large to
/// load. Feed chunks in order, then call <see cref="Finish"/>.
/// </summary>
internal sealed class HtmlTagStripper
{
    private const int MaxTagLength = 4096;
    private const int MaxEntityLength = 32;

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "title", "head", "svg", "textarea",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
        "header", "tr", "table", "figcaption", "figure", "pre", "dd", "dt", "dl", "hr", "body", "html",
    };

    private readonly StringBuilder _tag = new();
    private readonly StringBuilder _entity = new();
    private State _state = State.Text;
    private string? _rawUntil;
    private int _skipDepth;
    private bool _pendingSpace;
    private bool _pendingBreak;
    private bool _wroteText;
    private char _quote;

    private enum State
    {
        Text,
        Tag,
        Comment,
        Raw,
        Entity,
    }

    public void Feed(ReadOnlySpan<char> chunk, StringBuilder output)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            switch (_state)
            {
                case State.Text:
                    if (c == '<')
                    {
                        _state = State.Tag;
                        _tag.Clear();
                        _quote = '\0';
                    }
                    else if (c == '&')
                    {
                        _state = State.Entity;
                        _entity.Clear().Append('&');
                    }
                    else
                    {
                        Emit(c, output);
                    }

                    break;
                case State.Entity:
                    if (c == ';' && _entity.Length > 1)
                    {
                        _state = State.Text;
                        foreach (var d in WebUtility.HtmlDecode(_entity.Append(';').ToString()))
                        {
                            Emit(d, output);
                        }
                    }
                    else if ((char.IsAsciiLetterOrDigit(c) || (c == '#' && _entity.Length == 1)) && _entity.Length < MaxEntityLength)
                    {
                        _entity.Append(c);
                    }
                    else
                    {
                        // Not an entity after all: the ampersand and what followed are text; c is read again.
                        _state = State.Text;
                        foreach (var d in _entity.ToString())
                        {
                            Emit(d, output);
                        }

                        i--;
                    }

                    break;
                case State.Tag:
                    if (_tag.Length == 0 && !(char.IsAsciiLetter(c) || c is '/' or '!' or '?'))
                    {
                        // "a < b": not a tag.
                        _state = State.Text;
                        Emit('<', output);
                        i--;
                        break;
                    }

                    if (_tag.Length == 3 && _tag.ToString() == "!--")
                    {
                        _state = State.Comment;
                        _tag.Clear();
                        goto case State.Comment;
                    }

                    if (_quote != '\0')
                    {
                        if (c == _quote)
                        {
                            _quote = '\0';
                        }
                    }
                    else if (c is '"' or '\'' && _tag.Length > 0 && _tag[^1] == '=')
                    {
                        _quote = c;
                    }
                    else if (c == '>')
                    {
                        CloseTag(output);
                        break;
                    }

                    if (_tag.Length < MaxTagLength)
                    {
                        _tag.Append(c);
                    }

                    break;
                case State.Comment:
                    _tag.Append(c);
                    if (_tag.Length > 3)
                    {
                        _tag.Remove(0, _tag.Length - 3);
                    }

                    if (c == '>' && _tag.ToString() == "-->")
                    {
                        _state = State.Text;
                    }

                    break;
                case State.Raw:
                    _tag.Append(c);
                    if (_tag.Length > _rawUntil!.Length)
                    {
                        _tag.Remove(0, _tag.Length - _rawUntil.Length);
                    }

                    if (c == '>' && string.Equals(_tag.ToString(), _rawUntil, StringComparison.OrdinalIgnoreCase))
                    {
                        _state = State.Text;
                        _tag.Clear();
                        Break();
                    }

                    break;
            }
        }
    }

    public void Finish(StringBuilder output)
    {
        if (_state == State.Entity)
        {
            _state = State.Text;
            foreach (var c in _entity.ToString())
            {
                Emit(c, output);
            }
        }
    }

    /// <summary>Strips a whole document at once.</summary>
    public static string Strip(string html)
    {
        var stripper = new HtmlTagStripper();
        var output = new StringBuilder(html.Length / 2);
        stripper.Feed(html, output);
        stripper.Finish(output);
        return output.ToString().Trim();
    }

    private void CloseTag(StringBuilder output)
    {
        _state = State.Text;
        var tag = _tag.ToString();
        var closing = tag.StartsWith('/');
        var nameStart = closing ? 1 : 0;
        var nameEnd = nameStart;
        while (nameEnd < tag.Length && (char.IsAsciiLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = tag[nameStart..nameEnd];
        if (name.Length == 0)
        {
            return;
        }

        var selfClosing = tag.EndsWith('/');
        if (!closing && !selfClosing && RawTextElements.Contains(name))
        {
            _state = State.Raw;
            _rawUntil = "</" + name + ">";
            _tag.Clear();
            return;
        }

        if (SkippedElements.Contains(name) && !selfClosing)
        {
            _skipDepth = Math.Max(0, _skipDepth + (closing ? -1 : 1));
        }

        if (BlockElements.Contains(name))
        {
            Break();
        }
    }

    private void Break()
    {
        _pendingBreak = _wroteText;
        _pendingSpace = false;
    }

    private void Emit(char c, StringBuilder output)
    {
        if (_skipDepth > 0)
        {
            return;
        }

        if (char.IsWhiteSpace(c))
        {
            _pendingSpace = _wroteText && !_pendingBreak;
            return;
        }

        if (_pendingBreak)
        {
            output.Append("\n\n");
            _pendingBreak = false;
        }
        else if (_pendingSpace)
        {
            output.Append(' ');
        }

        _pendingSpace = false;
        _wroteText = true;
        output.Append(c);
    }
}
