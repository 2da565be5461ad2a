namespace Parallax.Stories;

/// <summary>
/// How the time between an article and a story's span becomes evidence (docs/stories.md, "Time"). Reports of one
/// event keep coming for days, so within <see cref="PlateauDays"/> (after the slack) time says little and text,
/// names and the event's specifics decide; beyond it the prior decays with <see cref="HalfLifeDays"/>. A second,
/// fast feature (<see cref="SameDay"/>) keeps the weaker evidence that two reports of one day tend to be one story.
/// </summary>
/// <param name="SlackDays">
/// Free distance: a day-only date ("2021-09-27") stands for the whole day, and a time of day for a report that may
/// trail the event by hours, so every date gets this much before any distance counts.
/// </param>
/// <param name="PlateauDays">Distance (after the slack) within which <see cref="Prior"/> stays 1.</param>
/// <param name="HalfLifeDays">Beyond the plateau, the prior halves with every this many days.</param>
internal sealed record StoryTimeModel(double SlackDays = 1, double PlateauDays = 2, double HalfLifeDays = 1)
{
    /// <summary>The model the shipped weights were fitted with.</summary>
    public static StoryTimeModel Default { get; } = new();

    /// <summary>Days between article and story span once the slack is taken off (never negative).</summary>
    public double Distance(double days) => Math.Max(0, days - SlackDays);

    /// <summary>The slow prior: 1 within the plateau, then halving every <see cref="HalfLifeDays"/>.</summary>
    public double Prior(double days)
    {
        double beyond = Distance(days) - PlateauDays;
        return beyond <= 0 ? 1 : Math.Pow(0.5, beyond / HalfLifeDays);
    }

    /// <summary>
    /// The fast feature: 1 on the same day, halving with every further day. An article with a time of day gets the
    /// slack here too (the next morning's report of an evening event is "the same day"); day-only dates do not,
    /// since two day-only dates a day apart are two calendar days (AllSides labels its stories per day, and taking
    /// that away cost it 0.06 F1; docs/stories.md).
    /// </summary>
    public double SameDay(double days, bool timeOfDay) => Math.Pow(0.5, timeOfDay ? Distance(days) : days);
}
