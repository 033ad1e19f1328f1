using Tupu.Entities;

namespace Tupu.Entities.Tests;

/// <summary>A small lexicon for tests, so they do not move when the shipped gazetteer grows.</summary>
internal static class TestLexicon
{
    public const string Tsv =
        "id\ttype\tname_en\tname_zh_hans\tname_zh_hant\taliases\tfamily\n" +
        "company/nvidia\tCompany\tNvidia\t英伟达\t\tNVIDIA Corporation\t\n" +
        "company/alibaba\tCompany\tAlibaba\t阿里巴巴\t\t阿里|Alibaba Group\t\n" +
        "company/bytedance\tCompany\tByteDance\t字节跳动\t字節跳動\t字节\t\n" +
        "company/openai\tCompany\tOpenAI\t\t\t\t\n" +
        "company/anthropic\tCompany\tAnthropic\t\t\t\t\n" +
        "company/deepseek\tCompany\tDeepSeek\t深度求索\t\t\t\n" +
        "model/qwen\tModel\tQwen\t通义千问\t通義千問\t\t\n" +
        "model/qwen3\tModel\tQwen3\t\t\t\tmodel/qwen\n" +
        "model/qwen3-coder\tModel\tQwen3-Coder\t\t\t\tmodel/qwen\n" +
        "model/kimi\tModel\tKimi\t\t\t\t\n" +
        "model/deepseek\tModel\tDeepSeek models\t\t\t\t\n" +
        "person/jensen-huang\tPerson\tJensen Huang\t黄仁勋\t黃仁勳\t\t\n" +
        "person/elon-musk\tPerson\tElon Musk\t埃隆·马斯克\t伊隆·馬斯克\t马斯克\t\n" +
        "person/sam-altman\tPerson\tSam Altman\t萨姆·奥尔特曼\t\t\t\n" +
        "outlet/36kr\tMediaOutlet\t36Kr\t36氪\t\t\t\n";

    public static EntityLexicon Lexicon { get; } = EntityLexicon.FromTexts(("test.tsv", Tsv));

    public static EntityCatalog Catalog { get; } = EntityCatalog.Build(Lexicon, []);
}
