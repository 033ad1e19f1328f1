namespace Tupu.Storage.Sqlite;

/// <summary>The steps of one article's write transaction, in order (tests interrupt between them).</summary>
internal enum WriteStep
{
    PreviousVersionRemoved,
    EntitiesMerged,
    ArticleInserted,
    MentionsInserted,
    RelationsInserted,
    OrphansRemoved,
}
