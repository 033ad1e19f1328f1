using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Support;

/// <summary>A store whose names, aliases, titles and evidence are the hostile strings.</summary>
internal static class HostileGraph
{
    public static async Task WriteAsync(TempStore temp)
    {
        var model = Model("qwen", "Qwen", "通义千问");
        for (var i = 0; i < HostileNames.All.Length; i++)
        {
            var hostile = HostileNames.All[i];
            var company = Company($"hostile{i}", hostile, hostile + " alias", "別名" + i) with { NameZh = hostile };
            var article = Article($"hostile/{i}.txt", title: hostile);
            await temp.Store.WriteAsync(Batch(article, [company, model], [
                Relation(RelationType.Uses, company, model, article, hostile, trigger: hostile, role: null),
                Relation(RelationType.Uses, company, model, article, "Negated: " + hostile, start: 5, certainty: Certainty.Negated)]));
        }
    }
}
