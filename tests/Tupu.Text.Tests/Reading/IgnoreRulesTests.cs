using Tupu.Text.Reading;
using Xunit;

namespace Tupu.Text.Tests.Reading;

public sealed class IgnoreRulesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tupu-ignore-" + Guid.NewGuid().ToString("N")[..8]);

    public IgnoreRulesTests()
    {
        foreach (var file in new[] { "a.txt", "README-notes.txt", "gold/g.txt", "news/b.md", "news/draft-1.txt", "news/deep/c.html", ".hidden/h.txt", ".secret.txt" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "英伟达发布了新模型。");
        }

        File.WriteAllText(Path.Combine(_root, ".tupuignore"), "# notes\nREADME-*.txt\ngold/\n\nnews/deep/\n");
        File.WriteAllText(Path.Combine(_root, "news", ".tupuignore"), "draft-*\n");
    }

    [Fact]
    public void Folder_walks_skip_what_tupuignore_files_name_and_hidden_entries()
    {
        var found = new ArticleReader().Discover([_root])
            .Select(i => Path.GetRelativePath(_root, i.Path).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["a.txt", "news/b.md"], found);
    }

    [Fact]
    public void An_explicitly_named_file_is_read_even_when_a_rule_names_it()
    {
        var named = Path.Combine(_root, "README-notes.txt");
        var input = Assert.Single(new ArticleReader().Discover([named]));
        Assert.Null(input.Error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
