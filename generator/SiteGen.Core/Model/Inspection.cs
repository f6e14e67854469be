using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Inspection(
    string Title,
    string? Body,
    PartialDate? Date,
    IReadOnlyList<InspectionGradeLabel> Scale,
    string? Summary,
    IReadOnlyList<Judgement> Judgements,
    SourceLocation Location);

public sealed record InspectionGradeLabel(string Grade, string Label);

public sealed record Judgement(string Area, IReadOnlyList<Grade> Grades, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements);

public sealed record Grade(Period Period, string Value);
