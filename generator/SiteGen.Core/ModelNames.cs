// The view models mirror the model's closed values under the same names (Polarity, Unit, RagStatus …), so
// that a theme reads them naturally. In the generator the plain name is the model's; the view's is written
// in full (ViewModels.Polarity) where a page builder maps one to the other.
global using BudgetBasis = SiteGen.Model.BudgetBasis;
global using BudgetKind = SiteGen.Model.BudgetKind;
global using ComparatorKind = SiteGen.Model.ComparatorKind;
global using Direction = SiteGen.Derivation.Direction;
global using Nation = SiteGen.Model.Nation;
global using PeriodKind = SiteGen.Model.PeriodKind;
global using PlanRelationship = SiteGen.Model.PlanRelationship;
global using PlanStatus = SiteGen.Model.PlanStatus;
global using Polarity = SiteGen.Model.Polarity;
global using ProgressStatus = SiteGen.Derivation.ProgressStatus;
global using RagStatus = SiteGen.Model.RagStatus;
global using SeriesChange = SiteGen.Derivation.SeriesChange;
global using TargetResult = SiteGen.Derivation.TargetResult;
global using Unit = SiteGen.Model.Unit;
global using CountsOf = SiteGen.Derivation.CountsOf;
global using NotJudgedReason = SiteGen.Derivation.NotJudgedReason;
global using Position = SiteGen.Derivation.Position;
global using ProgressJudgement = SiteGen.Derivation.ProgressJudgement;
global using StandingBasis = SiteGen.Derivation.StandingBasis;
global using VerdictOn = SiteGen.Derivation.VerdictOn;
global using VerdictReading = SiteGen.Derivation.VerdictReading;
