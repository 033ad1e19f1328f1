namespace Tupu.Relations.Lexicon;

/// <summary>How a trigger's arguments are found around it (the "pattern" column of triggers*.tsv).</summary>
internal enum TriggerPattern
{
    /// <summary>S trigger O; passive markers (被, 由, by) and Chinese relatives (trigger O 的 S) are handled by the engine.</summary>
    Verb,

    /// <summary>Two parts around one argument: 在…基础上, called…the best.</summary>
    Circumfix,

    /// <summary>O trigger (…是最好的); the subject is the speaker or an earlier mention.</summary>
    Predicate,

    /// <summary>A title in apposition: 英伟达首席执行官黄仁勋, Jensen Huang, chief executive of Nvidia.</summary>
    Title,

    /// <summary>Company connector Model: 阿里巴巴的Qwen, Alibaba's Qwen.</summary>
    Possessive,
}
