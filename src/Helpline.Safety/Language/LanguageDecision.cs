namespace Helpline.Safety.Language;

/// <summary>
/// The language to speak after a message: a code from <c>HelplineLanguages.Identifiable</c>, the culture
/// to read strings in (ro in Moldova is ro-MD), why, and whether it differs from the conversation's
/// language before the message.
/// </summary>
public sealed record LanguageDecision(string Language, string Culture, LanguageDecisionReason Reason, double Confidence, bool Changed);
