using System.Text;
using Tupu.Domain;
using Tupu.Text.Reading;

namespace Tupu.Pipeline.Running;

/// <summary>
/// The articles of the discovered inputs, lazily and in input order. An input that cannot be read is reported (and
/// counted as finished for the progress display) and the next one is read. The bytes the articles of an input account
/// for add up to the input's size, which the progress display was told: an article accounts for its text's UTF-8
/// bytes (never more than the input has left) and the input's last article or failure for the rest (markup, another
/// encoding), so the display reaches its total exactly when the last input is done.
/// </summary>
internal sealed class ArticleSource(ArticleReader reader, IngestTally tally, IIngestObserver? observer)
{
    public IEnumerable<SourcedArticle> Read(IEnumerable<ArticleInput> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.Error is { } discoveryError)
            {
                Fail(input, discoveryError, input.Length);
                continue;
            }

            IEnumerator<ArticleReadResult> results;
            try
            {
                results = reader.Read(input).GetEnumerator();
            }
            catch (TupuException error)
            {
                Fail(input, error, input.Length);
                continue;
            }

            // One article is held back until the next result shows whether it was the input's last.
            SourcedArticle? held = null;
            var left = input.Length;
            using (results)
            {
                while (true)
                {
                    ArticleReadResult result;
                    try
                    {
                        if (!results.MoveNext())
                        {
                            break;
                        }

                        result = results.Current;
                    }
                    catch (TupuException error)
                    {
                        // The input ends here: the failure accounts for what it had left.
                        Fail(input, error, Take(ref left, left));
                        break;
                    }

                    if (held is not null)
                    {
                        yield return held;
                        held = null;
                    }

                    if (result.Article is { } article)
                    {
                        held = new SourcedArticle(input.Path, article, Take(ref left, Encoding.UTF8.GetByteCount(article.Text)));
                    }
                    else
                    {
                        Fail(input, result.Error ?? new TupuException(ErrorCode.NoTextContent, "no article could be read"), Take(ref left, left));
                    }
                }
            }

            if (held is not null)
            {
                yield return held with { Bytes = held.Bytes + left };
            }
        }
    }

    /// <summary>Takes up to <paramref name="bytes"/> of what the input has left.</summary>
    private static long Take(ref long left, long bytes)
    {
        var taken = Math.Clamp(bytes, 0, left);
        left -= taken;
        return taken;
    }

    private void Fail(ArticleInput input, TupuException error, long bytes)
    {
        tally.Fail(input.Path, error.CodeText, error.Message);
        observer?.Finished(input.Path, bytes);
    }
}
