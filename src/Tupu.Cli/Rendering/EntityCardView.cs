using System.Globalization;
using Humanizer;
using Spectre.Console;
using Tupu.Storage.Traversal;

namespace Tupu.Cli.Rendering;

/// <summary>Renders an entity card: a header panel, then one tree branch per relationship type and direction.</summary>
internal static class EntityCardView
{
    /// <summary>
    /// How many relationships of a group the text card lists unless told to list all: an entity named in tens of
    /// thousands of articles would otherwise print a line per article (JSON always lists every one).
    /// </summary>
    public const int RelationshipsPerGroup = 20;

    public static void Render(IAnsiConsole console, EntityCard card, bool all = false)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(card.Name)}[/] [grey]({Markup.Escape(card.Label)}, {Markup.Escape(card.Entity.Id)})[/]").LeftJustified());
        console.MarkupLine($"[grey]aliases:[/] {Markup.Escape(string.Join(" · ", card.Aliases))}");
        if (card.OtherMatches.Count > 0)
        {
            console.MarkupLine($"[grey]the name also matches:[/] {Markup.Escape(string.Join(", ", card.OtherMatches))}");
        }

        var tree = new Tree($"{"relationship group".ToQuantity(card.Groups.Count)}");
        // Claims first; the structural MENTIONS and PUBLISHED links (which articles name the entity) last.
        foreach (var group in card.Groups.OrderBy(g => g.Type is "MENTIONS" or "PUBLISHED"))
        {
            var arrow = group.Direction == RelationshipDirection.Outgoing ? $"-[{group.Type}]->" : $"<-[{group.Type}]-";
            var branch = tree.AddNode($"[bold]{Markup.Escape(arrow)}[/] ({group.Relationships.Count.ToString("N0", CultureInfo.InvariantCulture)})");
            var shown = all ? group.Relationships : group.Relationships.Take(RelationshipsPerGroup).ToArray();
            foreach (var relationship in shown)
            {
                var other = relationship.Other.Properties.TryGetValue("name", out var name) && name is string text ? text : relationship.Other.Id;
                var certainty = relationship.Certainty is { } c ? $" [{Colour(c)}]{c}[/]" : string.Empty;
                var node = branch.AddNode($"{Markup.Escape(other)}{certainty}");
                foreach (var sentence in relationship.Evidence.Take(3))
                {
                    node.AddNode($"[grey]“{Markup.Escape(sentence)}”[/]");
                }

                if (relationship.Evidence.Count > 3)
                {
                    node.AddNode($"[grey]… and {"more sentence".ToQuantity(relationship.Evidence.Count - 3)}[/]");
                }

                foreach (var article in relationship.Articles.Take(3))
                {
                    node.AddNode($"[grey]{Markup.Escape(article.Title ?? article.Id)}{(article.Published is { } p ? " · " + Markup.Escape(p) : string.Empty)}[/]");
                }
            }

            if (shown.Count < group.Relationships.Count)
            {
                var more = "more relationship".ToQuantity(group.Relationships.Count - shown.Count, "N0", CultureInfo.InvariantCulture);
                branch.AddNode($"[grey]… and {more} (--all lists them)[/]");
            }
        }

        console.Write(tree);
    }

    public static object ToJson(EntityCard card) => new
    {
        id = card.Entity.Id,
        label = card.Label,
        name = card.Name,
        aliases = card.Aliases,
        otherMatches = card.OtherMatches,
        relationships = card.Groups.Select(g => new
        {
            type = g.Type,
            direction = g.Direction == RelationshipDirection.Outgoing ? "out" : "in",
            items = g.Relationships.Select(r => new
            {
                other = r.Other.Id,
                otherName = r.Other.Properties.GetValueOrDefault("name"),
                certainty = r.Certainty,
                confidence = r.Confidence,
                evidence = r.Evidence,
                articles = r.Articles.Select(a => a.Id),
            }),
        }),
    };

    private static string Colour(string certainty) => certainty switch
    {
        "asserted" => "green",
        "speculated" => "yellow",
        _ => "red",
    };
}
