namespace SiteGen.Discovery;

public enum ContentFileKind
{
    Organisation,
    Framework,
    DefinitionSet,
    Plan,
    Objective,
    IndicatorList,
    RiskRegister,
    Budget,
    Inspections,
    Projects,
    Table,
    ProgressReport,
    Section,
    Page,
    Asset,
}
