"""Named sample texts written for these tests (not taken from any publication)."""

CALM_REPORT = (
    "The city council approved the budget on Tuesday by seven votes to two. "
    "The plan sets aside 4.2 million dollars for road repairs, according to the finance office. "
    "Council member Ana Lima said the vote followed three public hearings."
)
CHARGED_RANT = (
    "This is a disgusting, horrible betrayal! The corrupt thugs destroyed everything we love. "
    "It is the worst disaster ever and they should be ashamed! Pathetic liars, all of them!"
)
HAPPY_NOTE = "What a wonderful, joyful day. The children loved the beautiful new park and everyone was delighted."
FRENCH = "Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au parlement le mois prochain."
GERMAN = "Die Regierung hat am Dienstag eine Reform angekündigt, die im nächsten Monat dem Parlament vorgelegt wird."
RUSSIAN = "Правительство во вторник объявило о реформе, которая будет представлена парламенту в следующем месяце."
SHORT_ENGLISH = "Prices rose sharply."
# Cause and effect, comparisons and a weasel source, for the version fingerprints.
CAUSAL_CLAIMS = (
    "The drought led to a 40% fall in wheat output, the farm ministry said. Prices rose faster than "
    "wages because imports were cut. Critics argue the subsidy caused the shortage. It is believed the "
    "mill closed in 2019 as a result of the new tax."
)
