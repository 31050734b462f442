"""Word lists for the untranslated-fragment rule: cheap evidence before language ID.

Foreign function words are the strongest cheap cue that a run of words is not English;
only words that are not also everyday English spellings are listed ("die", "son", "pour",
"come", "on", "in", "a" are left out). English function words split a sentence into runs:
a foreign fragment never contains them.
"""

from __future__ import annotations

from functools import cache

from mtlint import rx


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_SPANISH = _split(
    """de la en y un el los las del al que por para con una unos unas es está están estaba
    fue fueron ser sido pero como más muy sus su sobre entre también hasta desde donde cuando porque
    según este esta estos estas ese esa eso esos esas otro otra otros otras
    todos todas mismo misma puede pueden han había hace hacen dijo afirmó señaló aseguró
    explicó añadió indicó tiene tienen ni aunque mientras durante tras hacia así aún cual
    cuales quien quienes nuestro nuestra nuestros ellos ellas fue será serán sería hemos
    nosotros usted ustedes dónde qué cómo cuándo muchos mucho poco tampoco siempre nunca
    ahora entonces ayer hoy año años gobierno además asimismo posteriormente"""
)
_FRENCH = _split(
    """à le les des du et est une que qui dans pas sur avec au aux ces cette cet sont été
    très mais ou où leur leurs nous vous ils elle elles ne se sa ses notre nos votre lui être
    avoir fait selon déclaré dit ont avait était sera seront aussi comme même après avant
    depuis sans sous chez contre vers donc alors déjà toujours jamais rien tous
    toute toutes autre autres cela ça ceci celui celle lequel laquelle quand pourquoi
    parce puis ainsi peu beaucoup trop moins bien oui mes ces sommes êtes avons
    avez faut doit peut peuvent lors lorsque jusqu aujourd hui hier ministre gouvernement
    également notamment cependant toutefois néanmoins"""
)
_GERMAN = _split(
    """der das und ist nicht mit für von zu dem ein eine einen einem einer eines auf
    sich auch wir sie wird wurde wurden werden haben sind nach bei aus oder aber wie noch
    nur schon über vor zum zur diese dieser dieses diesem kein keine keinen sehr mehr wenn
    weil dann durch gegen ohne unter zwischen seit bis heute gestern sagte erklärte dass
    daß können kann muss soll sollte würde wäre hatte waren ihre ihr ihren seine seinen
    sein uns euch jetzt immer schon viele neue neuen hier dort denn doch also außerdem jedoch
    allerdings"""
)
_PORTUGUESE = _split(
    """é e o em na da do os não uma com para pelo pela pelos pelas ao aos dos das também
    muito mais foi são está estão era eram seu sua seus suas nos nas numa mas como quando onde
    porque segundo disse afirmou sobre entre até desde já ainda isso isto esse essa este
    esta aquele aquela eles elas nós você vocês ser ter tem têm foram será governo além
    porém entretanto"""
)
_ITALIAN = _split(
    """il gli della delle dello degli che di per sono alla alle allo agli nel nella
    nelle nei negli anche più questo questa questi queste dei sul sulla sulle dalla
    dai dalle una uno è ha hanno essere stato stata stati sono era erano anche ma
    come quando dove perché secondo detto ha dichiarato ministro governo suo sua suoi
    loro noi voi lui ancora già sempre molto poco tutto tutti tutte oggi ieri inoltre
    tuttavia infatti"""
)
_DUTCH = _split(
    """het een niet zijn werd wordt worden hebben heeft voor ook maar naar bij
    uit wel zij wij ons deze dit die zoals volgens"""
)

# Words above that English also spells the same way, taken out again just in case (a set:
# a tuple's linear scan per word cost about 3 million instructions at every start-up).
_ENGLISH_HOMOGRAPHS = frozenset(
    _split(
        """die son pour come on in a an as do no so me he has hay ha lo ya sin solo con pro plus
    also will was man den bin arm hat rot gift bald kind hell fast war see sole note fine
    dire pace more mano era per non"""
    )
)

FOREIGN_CUES: frozenset[str] = frozenset(
    w
    for w in (*_SPANISH, *_FRENCH, *_GERMAN, *_PORTUGUESE, *_ITALIAN, *_DUTCH)
    if w not in _ENGLISH_HOMOGRAPHS
)

# Articles and prepositions: they also fill dish names and titles ("pollo a la plancha",
# "tarte aux pommes"), so a short run needs a cue outside this set (a verb, a conjunction).
WEAK_CUES: frozenset[str] = frozenset(
    _split(
        """de la en y un el los las del al una unos unas le les des du et une au aux à il gli
    della delle dello degli di alla alle allo agli nel nella nelle nei negli dei sul sulla
    sulle dalla dai dalle uno o e da dos das os em na nos nas pelo pela pelos pelas ao aos
    uma der und dem ein eine einen einem einer zu zum zur het een sur"""
    )
)

# English function words that no common source language spells the same way.
ENGLISH_FUNCTION: frozenset[str] = frozenset(
    _split(
        """the of and to that with for it he she they them his her hers their theirs its we our
    you your by from at has have had would should could this these those which who whom
    whose what when where why how been are were was is be being but or not than then there
    here about after before into over through during without against because while if said
    says told tell will can may must shall does did just only very all some any most other
    such many much each every yes my him us up out off down new one two three year years
    people time would like get got make made well even still now last first again never
    always also more their it's don't didn't can't won't isn't wasn't i'm we're they're
    he's she's"""
    )
)

# Loanwords and stock phrases English borrowed whole: never an untranslated fragment.
LOAN_PHRASES: tuple[str, ...] = tuple(
    """coup d'état|coup d'etat|raison d'être|raison d'etre|raison d'état|joie de vivre|
    je ne sais quoi|c'est la vie|crème de la crème|crème brûlée|pièce de résistance|
    tour de force|fait accompli|faux pas|pas de deux|pas de trois|déjà vu|deja vu|vis-à-vis|
    tête-à-tête|à la carte|a la carte|
    à la mode|prix fixe|hors d'oeuvre|hors d'œuvre|bête noire|esprit de corps|force majeure|
    nouveau riche|objet d'art|noblesse oblige|enfant terrible|cause célèbre|femme fatale|
    savoir-faire|laissez-faire|laisser-faire|avant-garde|film noir|art nouveau|art déco|
    belle époque|bon appétit|bon voyage|bon vivant|bon mot|bons mots|mot juste|par excellence|
    pied-à-terre|cordon bleu|crème fraîche|haute couture|haute cuisine|nouvelle cuisine|
    sous vide|sous-chef|déjà|son et lumière|cinéma vérité|idée fixe|amour propre|l'esprit|
    ménage à trois|trompe l'oeil|trompe-l'œil|au pair|au revoir|au contraire|au naturel|
    en route|en masse|en passant|en bloc|en famille|en suite|de rigueur|de trop|comme il faut|
    status quo|de facto|de jure|per se|ad hoc|ad nauseam|ad infinitum|ad hominem|a priori|
    a posteriori|bona fide|bona fides|mea culpa|persona non grata|modus operandi|
    modus vivendi|sine qua non|quid pro quo|habeas corpus|carpe diem|alma mater|pro bono|
    pro forma|pro rata|et al|et cetera|vox populi|in vino veritas|in situ|in vitro|in vivo|
    in absentia|in memoriam|in loco parentis|inter alia|non sequitur|terra incognita|
    terra firma|magnum opus|caveat emptor|curriculum vitae|honoris causa|post mortem|
    prima facie|sub judice|sui generis|vice versa|ex officio|ex post facto|mutatis mutandis|
    deus ex machina|tabula rasa|rigor mortis|opus dei|pax romana|annus horribilis|
    annus mirabilis|dolce vita|la dolce vita|dolce far niente|al dente|al fresco|a cappella|
    sotto voce|prima donna|bel canto|chiaroscuro|aria da capo|pasta e fagioli|che sarà sarà|
    que sera sera|hasta la vista|hasta luego|hasta mañana|mano a mano|mi casa es su casa|
    cinco de mayo|día de los muertos|dia de los muertos|vaya con dios|por favor|muchas gracias|
    buenos días|buenas noches|feliz navidad|olé|tapas y vino|salsa verde|pico de gallo|
    sangre fría|auto-da-fé|auto da fe|gesundheit|zeitgeist|weltanschauung|schadenfreude|
    realpolitik|ostpolitik|doppelgänger|wanderlust|kindergarten|angst|blitzkrieg|
    gemütlichkeit|fahrvergnügen|über alles|wunderkind|kitsch|leitmotif|lebensraum|
    sprechen sie deutsch|danke schön|auf wiedersehen|guten tag|prost|wiener schnitzel|
    obrigado|obrigada|saudade|fado|bossa nova|samba|capoeira|feijoada|açaí|pão de queijo|
    la la land|oh là là|ooh la la|voilà|voila|touché|fiancé|fiancée|née|passé|café|cafés|
    résumé|naïve|naïveté|cliché|clichés|façade|protégé|décor|rôle|élite|entrée|soufflé|
    sauté|purée|crème|brûlée|jalapeño|jalapeños|piñata|señor|señora|señorita|mañana|über|
    rosé|soirée|matinée|négligée|exposé|éclair|flambé|frappé|glacé|lamé|outré|risqué|
    sautéed|attaché|chargé d'affaires|maître d'|maître d'hôtel|première|premières|
    communiqué|naïf|café au lait|pâté|pâtisserie|crêpe|crêpes|consommé|détente|entente|
    ententes|coup de grâce|coup de théâtre|fête|fêtes|fin de siècle|grand prix|papier-mâché|
    papier mâché|tour de france|vin rouge|vin blanc|vin ordinaire|table d'hôte|crudités|
    hors de combat|plus ça change|noblesse|mise en scène|mise en place|idée reçue|
    laissez les bons temps rouler|liberté|égalité|fraternité|coq au vin|tarte tatin|
    boeuf bourguignon|pain au chocolat|croque monsieur|salade niçoise|pot-au-feu""".replace(
        "\n", ""
    ).split("|")
)

WORD = rx.lazy(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")


@cache
def loans() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the loan phrases starting with it (as word tuples), longest first.
    Built on first use, not at import: a text without candidate words never needs it."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in LOAN_PHRASES:
        words = tuple(w.lower().replace("’", "'") for w in WORD.findall(phrase))
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


# French and Italian elisions: "l'économie", "qu'il", "dell'anno", "c'è".
ELISION = rx.lazy(
    r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall|un|quest|po)['’]\p{L}",
    rx.IGNORECASE,
)
