namespace SiteGen.ViewModels;

/// <summary>Counts per status; the theme shows them as words and numbers, never colour alone.</summary>
public sealed record StatusSummary(int OnTrack, int AtRisk, int OffTrack, int NoData)
{
    public int Total => OnTrack + AtRisk + OffTrack + NoData;
}

public sealed record TextTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes);

public sealed record LabelledText(string Label, string Text);

public sealed record LabelledHtml(string Label, Html Html);
