using Tupu.Domain;
using Tupu.Text.Reading;

namespace Tupu.Pipeline.Running;

/// <summary>
/// The articles of the discovered inputs, lazily and in input order. An input that cannot be read is reported (and
/// counted as finished for the progress display) and the next one is read.
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
                        Fail(input, error, 0);
                        break;
                    }

                    if (result.Article is { } article)
                    {
                        yield return new SourcedArticle(input.Path, article);
                    }
                    else
                    {
                        Fail(input, result.Error ?? new TupuException(ErrorCode.NoTextContent, "no article could be read"), input.Length);
                    }
                }
            }
        }
    }

    private void Fail(ArticleInput input, TupuException error, long bytes)
    {
        tally.Fail(input.Path, error.CodeText, error.Message);
        observer?.Finished(input.Path, bytes);
    }
}
