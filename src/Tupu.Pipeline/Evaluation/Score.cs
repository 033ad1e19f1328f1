namespace Tupu.Pipeline.Evaluation;

/// <summary>Precision, recall and F1 of one kind ("entity" or "relation") and type within one split of the corpus.</summary>
public sealed record Score(string Split, string Kind, string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
