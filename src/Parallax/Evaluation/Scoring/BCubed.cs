namespace Parallax.Evaluation.Scoring;

/// <summary>
/// BCubed precision and recall of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et al. 2009):
/// per item, the share of its predicted cluster that shares its gold class, and the share of its gold class
/// that shares its predicted cluster, averaged over items.
/// </summary>
internal static class BCubed
{
    public static (double Precision, double Recall, double F1) Score<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted)
        where TGold : notnull
        where TPred : notnull
    {
        if (gold.Count != predicted.Count)
            throw new ArgumentException("gold and predicted labels differ in length");
        int n = gold.Count;
        if (n == 0)
            return (0, 0, 0);
        var pair = new Dictionary<(TGold, TPred), int>();
        var goldSize = new Dictionary<TGold, int>();
        var predSize = new Dictionary<TPred, int>();
        for (int i = 0; i < n; i++)
        {
            pair[(gold[i], predicted[i])] = pair.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
            predSize[predicted[i]] = predSize.GetValueOrDefault(predicted[i]) + 1;
        }
        double p = 0, r = 0;
        for (int i = 0; i < n; i++)
        {
            double both = pair[(gold[i], predicted[i])];
            p += both / predSize[predicted[i]];
            r += both / goldSize[gold[i]];
        }
        p /= n;
        r /= n;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}
