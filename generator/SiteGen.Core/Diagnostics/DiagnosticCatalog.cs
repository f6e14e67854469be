namespace SiteGen.Diagnostics;

/// <summary>
/// Every problem SiteGen can report. Codes are stable: officers search for them, and content/README.md
/// lists them. Add new ones at the end of their hundred; never renumber.
/// SG00xx settings and files · SG01xx YAML, Markdown and keys · SG02xx references · SG03xx values · SG04xx derived checks ·
/// SG05xx importing values from a spreadsheet · SG06xx themes and templates (SG07xx kept for them too).
/// Messages are read by officers, not programmers: each says what is wrong and what to write instead, in their
/// words (a "list", a "key", a "value"), and content/README.md explains every code under an anchor of its own
/// (<see cref="DiagnosticDescriptor.HelpAnchor"/>).
/// </summary>
public static class DiagnosticCatalog
{
    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, title, format, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SettingsNotFound = Error("SG0001", "Settings file not found", "the site settings file '{0}' does not exist; run sitegen in the folder that holds site.yml, or name it with --config");
    public static readonly DiagnosticDescriptor ContentFolderNotFound = Error("SG0002", "Content folder not found", "the content folder '{0}' does not exist; create it, or correct 'content:' in site.yml");
    public static readonly DiagnosticDescriptor UnknownTheme = Error("SG0003", "Unknown theme", "there is no theme called '{0}'; themes available: {1}");
    public static readonly DiagnosticDescriptor UnrecognisedFile = Warning("SG0004", "File not used", "this file is not used: {0}");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("SG0005", "File too large", "this file is {0:N0} bytes; content files may be at most {1:N0} bytes — split it into several files");
    public static readonly DiagnosticDescriptor PathOutsideContent = Error("SG0006", "Path outside the content folder", "'{0}' points outside the content folder; name a file inside content/, e.g. assets/logo.png");
    public static readonly DiagnosticDescriptor FileNotFound = Error("SG0007", "File not found", "the file '{0}' does not exist; {1}");
    public static readonly DiagnosticDescriptor FileUnreadable = Error("SG0008", "File cannot be read", "this file cannot be read ({0}); check that it is not open in another program and that you are allowed to read it");
    public static readonly DiagnosticDescriptor SameFileTwice = Error("SG0009", "Same file under two names", "this file and {0} differ only in ending .yml or .yaml, so they would be the same {1}; keep one (both endings are read alike)");
    public static readonly DiagnosticDescriptor JudgementSettingOutOfRange = Error("SG0010", "Judgement threshold cannot be used", "'{0}' cannot be {1}: {2}");
    public static readonly DiagnosticDescriptor LicenceUrlNotAbsolute = Error("SG0011", "Licence address incomplete", "'{0}' is not a full web address; give the licence's address as it is published, starting with https://, e.g. https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");

    public static readonly DiagnosticDescriptor YamlSyntax = Error("SG0101", "YAML cannot be read", "{0}");
    public static readonly DiagnosticDescriptor UnknownKey = Error("SG0102", "Unknown key", "'{0}' is not a key SiteGen knows for {1}");
    public static readonly DiagnosticDescriptor MissingKey = Error("SG0103", "Missing key", "{1} needs '{0}'; add it");
    public static readonly DiagnosticDescriptor WrongType = Error("SG0104", "Wrong kind of value", "{0} should be {1}, but here it is {2}");
    public static readonly DiagnosticDescriptor ValueNotAllowed = Error("SG0105", "Value not allowed", "'{0}' is not an allowed value for '{1}'; allowed values are {2}");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("SG0106", "Key given twice", "'{0}' is given twice; the first is on line {1}. Keep one");
    public static readonly DiagnosticDescriptor TabIndentation = Error("SG0107", "Tab used for indentation", "a tab is used for indentation; YAML needs spaces — replace the tab with spaces");
    public static readonly DiagnosticDescriptor EmptyFile = Error("SG0108", "Empty file", "this file is empty; it should hold {0}");
    public static readonly DiagnosticDescriptor InvalidEncoding = Error("SG0109", "Not UTF-8 text", "this file is not saved as UTF-8 text (SiteGen cannot read the character at byte {0}); save it again in your editor choosing the encoding 'UTF-8'");
    public static readonly DiagnosticDescriptor FrontMatterMissing = Error("SG0110", "Markdown header missing", "a Markdown file must start with a header between `---` lines giving at least its title: make its first three lines `---`, `title: …` and `---`");
    public static readonly DiagnosticDescriptor TextReadAsComment = Warning("SG0111", "Text read as a comment", "the text after ` #` is taken as a comment and left out, so this value is {0}; if '{1}' is part of it, put the whole value in quotes: \"{2}\"");
    public static readonly DiagnosticDescriptor UnusualLineBreak = Warning("SG0112", "Invisible line break", "{0} ({1}) is here, invisible in most editors and usually pasted from a word processor or PDF; SiteGen reads it as a space — delete it, and type a space or a new line instead");
    public static readonly DiagnosticDescriptor MarkdownTooDeep = Error("SG0113", "Markdown nested too deeply", "this Markdown is nested too deeply to publish (quotes, lists or emphasis inside one another more than {0} levels); flatten it");

    public static readonly DiagnosticDescriptor DuplicateReference = Error("SG0201", "Defined twice", "{0} '{1}' is defined twice; the other is at {2}. Keep one, or give them different references");
    public static readonly DiagnosticDescriptor UnknownIndicator = Error("SG0202", "Unknown indicator", "there is no indicator '{0}' in this plan");
    public static readonly DiagnosticDescriptor UnknownOfficer = Error("SG0203", "Unknown officer", "there is no officer '{0}' in {1}'s officers");
    public static readonly DiagnosticDescriptor UnknownOutcome = Error("SG0204", "Unknown outcome", "there is no outcome '{0}' in the plan's frameworks ({1})");
    public static readonly DiagnosticDescriptor UnknownPlan = Error("SG0205", "Unknown plan", "there is no plan '{0}' on this site");
    public static readonly DiagnosticDescriptor UnknownOrganisation = Error("SG0206", "Unknown organisation", "there is no organisation '{0}'; organisations are the files in content/organisations/");
    public static readonly DiagnosticDescriptor UnknownRisk = Error("SG0207", "Unknown risk", "there is no risk '{0}' in this plan's register");
    public static readonly DiagnosticDescriptor UnknownObjective = Error("SG0208", "Unknown objective", "there is no objective '{0}' in this plan");
    public static readonly DiagnosticDescriptor UnknownDefinition = Error("SG0209", "Unknown indicator definition", "there is no shared indicator definition '{0}'");
    public static readonly DiagnosticDescriptor UnknownFramework = Error("SG0210", "Unknown outcome framework", "there is no outcome framework '{0}'; frameworks are the files in content/frameworks/");
    public static readonly DiagnosticDescriptor UnknownAction = Error("SG0211", "Unknown action", "there is no action '{0}' in this plan");
    public static readonly DiagnosticDescriptor UnknownBandingScale = Error("SG0212", "Unknown banding scale", "there is no banding scale '{0}' in this plan's banding_scales");
    public static readonly DiagnosticDescriptor PlanAncestryCycle = Error("SG0213", "Plan is its own ancestor", "this plan is its own ancestor: {0}; remove one of these parents");
    public static readonly DiagnosticDescriptor UnknownBudgetColumn = Error("SG0214", "Unknown budget column", "there is no column '{0}' in this budget's columns");
    public static readonly DiagnosticDescriptor UnknownTag = Error("SG0215", "Unknown tag", "'{0}' is not a code of the plan's tag lists ({1})");
    public static readonly DiagnosticDescriptor UnknownParentItem = Error("SG0216", "Not in a parent plan", "there is no action or objective '{0}' in this plan's parent plans ({1})");

    public static readonly DiagnosticDescriptor PeriodUnreadable = Error("SG0301", "Period cannot be read", "'{0}' is not a period SiteGen can read; write a year as 2008/09, a calendar year as 2008 or a quarter as Q4 2007/08");
    public static readonly DiagnosticDescriptor OutsideScale = Error("SG0302", "Value outside the scale", "'{0}' is not a level of the plan's {1} scale; its levels are {2}");
    public static readonly DiagnosticDescriptor TargetOutsidePlan = Error("SG0303", "Target outside the plan's period", "the target for {0} is outside the plan's period ({1}) and the year it was published in; if the plan sets targets beyond its period, say so with targets_to in plan.yml");
    public static readonly DiagnosticDescriptor DateUnreadable = Error("SG0304", "Date cannot be read", "'{0}' is not a date SiteGen can read; write 2009-06 for a month or 2009-06-30 for a day (put the wording in 'timescale')");
    public static readonly DiagnosticDescriptor NumberUnreadable = Error("SG0305", "Not a number", "'{0}' is not a number; {1}");
    public static readonly DiagnosticDescriptor DuplicatePeriod = Error("SG0306", "Period given twice", "{0} is given twice in this series; the first is on line {1}. Put the actual, estimate and target for one period together");
    public static readonly DiagnosticDescriptor MissingScale = Error("SG0307", "Risk scale missing", "risks are scored, but the plan declares no risk_scale to score them on; add risk_scale to plan.yml");
    public static readonly DiagnosticDescriptor PlaceholderLeft = Warning("SG0308", "Starting text left in", "'{0}' is the text `sitegen new` wrote to be replaced; write the plan's own words here (or remove the line) before publishing");
    public static readonly DiagnosticDescriptor EmptyFigure = Warning("SG0309", "Figure left empty", "'{0}' has no value, so nothing is shown for it; write the figure as printed, or remove '{0}' if the plan leaves it blank");
    public static readonly DiagnosticDescriptor FigureUnitMismatch = Warning("SG0310", "Figure does not fit the unit", "'{0}' looks like {1}, but this indicator's unit is {2}; check the figure belongs to this indicator, or correct the indicator's unit");
    public static readonly DiagnosticDescriptor TranslationDiffers = Warning("SG0312", "One text, two translations", "'{0}' is given in {1} as '{2}' here, but as '{3}' at {4}; a page finds a text's translation by the text itself, so it shows '{3}' in both places: give the same translation, or word the two texts differently if they mean different things");
    public static readonly DiagnosticDescriptor UnknownLanguage = Error("SG0311", "Language not one of the site's", "'{0}' is not one of the languages the site publishes in ({1}); use one of those codes, or add '{0}' to languages: in site.yml");

    public static readonly DiagnosticDescriptor BudgetTotalMismatch = Warning("SG0401", "Budget does not add up", "the lines of '{0}' add up to {1} in column '{2}', but the stated total is {3}");
    public static readonly DiagnosticDescriptor RiskRatingMismatch = Warning("SG0402", "Risk rating differs from its scores", "the rating printed, '{0}', does not match {1} worked out from {2} × {3}");
    public static readonly DiagnosticDescriptor ProgressCountsMismatch = Warning("SG0403", "Progress counts do not add up", "the counts of '{0}' add up to {1}, but the stated total is {2}");
    public static readonly DiagnosticDescriptor ProgressPercentageMismatch = Warning("SG0404", "Progress percentage does not match", "'{0}' is printed as {1}%, but {2} of {3} is {4}%");
    public static readonly DiagnosticDescriptor CouncilMetVerdictDisagrees = Warning("SG0405", "Plan's 'target met' disagrees with its figures", "the plan marks the target for {0} as {1} ('{2}'), but the result {3} {4} the target {5} ({6}); check the result, the target, the mark and the indicator's polarity — the page shows the plan's mark as printed and the site's own judgement beside it");
    public static readonly DiagnosticDescriptor CouncilImprovedVerdictDisagrees = Warning("SG0406", "Plan's 'improved' disagrees with its figures", "the plan marks {0} as {1} ('{2}'), but the result went from {3} in {4} to {5} ({6}); check the results, the mark and the indicator's polarity — the page shows the plan's mark as printed and the site's own judgement beside it");

    public static readonly DiagnosticDescriptor ImportColumnMissing = Error("SG0501", "Spreadsheet column missing", "the CSV has no '{0}' column; its first line must name the columns reference, period and value (and optionally plan and field). Columns found: {1}");
    public static readonly DiagnosticDescriptor ImportUnknownIndicator = Error("SG0502", "Unknown indicator in the spreadsheet", "there is no indicator '{0}' {1}");
    public static readonly DiagnosticDescriptor ImportAmbiguousIndicator = Error("SG0503", "Indicator in several plans", "'{0}' is an indicator of several plans ({1}); add a plan column saying which, e.g. {2}");
    public static readonly DiagnosticDescriptor ImportDuplicateRow = Error("SG0504", "Value given twice in the spreadsheet", "the {2} of '{0}' for {1} is given twice; the first is on line {3}. Keep one");
    public static readonly DiagnosticDescriptor ImportValueHasParts = Error("SG0505", "Value has parts", "the {2} of '{0}' for {1} is written in parts in {3}; change it there, not from the spreadsheet");
    public static readonly DiagnosticDescriptor ImportEncodingGuessed = Warning("SG0506", "Spreadsheet not saved as UTF-8", "this CSV is not UTF-8 text, so it was read as {0}, the encoding Excel uses for 'CSV (Comma delimited)'; check that £ signs and accented letters below came through as you typed them, and next time save as 'CSV UTF-8 (Comma delimited)' so nothing has to be guessed");
    public static readonly DiagnosticDescriptor ImportNotCsv = Error("SG0507", "Not a CSV file", "this file is {0}, not CSV text; in Excel choose File → Save As and the type 'CSV UTF-8 (Comma delimited) (*.csv)', then import that file");
    public static readonly DiagnosticDescriptor ImportEmptyValue = Warning("SG0508", "Empty value skipped", "the value of '{0}' for {1} is empty, so this line is skipped and the figure in the YAML file is left as it is; to stop the import at empty values instead, add --refuse-empty");

    public static readonly DiagnosticDescriptor ThemeCycle = Error("SG0601", "Themes extend each other in a circle", "themes extend each other in a circle: {0}; one of them must extend another theme, or none (then it extends default)");
    public static readonly DiagnosticDescriptor TemplateDoesNotCompile = Error("SG0602", "Template does not compile", "{0} ({1})");
    public static readonly DiagnosticDescriptor TemplateFailed = Error("SG0603", "Template failed while making a page", "the template failed while making {0}: {1}");
    public static readonly DiagnosticDescriptor WordMissing = Error("SG0604", "Word missing from the theme", "the templates use the word '{0}', but no i18n/{1}.yml of the theme chain gives it; add it to i18n/{1}.yml of your theme (or beside site.yml)");
    public static readonly DiagnosticDescriptor WordNotText = Error("SG0605", "Word is not a text", "'{0}' should be a text, or its plural forms (one: …, other: …)");
}
