/**
 * French messages, the reference dictionary: its keys define `MessageKey`, and every other
 * language must provide exactly the same keys (a missing or extra key fails `tsc`).
 * `{name}` is a placeholder; keys ending in `.one` / `.other` are plural forms. French punctuation
 * (: ? ; « ») takes a no-break space, written `\u00a0`.
 */
export const fr = {
  'app.name': 'Plateau',
  'app.tagline': 'Simulateur de centre d’appels',
  'app.homeLink': 'Plateau, accueil',
  'app.skipToContent': 'Aller au contenu',
  'app.footer': 'Plateau · épreuve pratique du titre professionnel RNCP 28662',
  'app.breadcrumb': 'Fil d’Ariane',
  'app.home': 'Accueil',

  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.en': 'English',

  'home.title': 'Bienvenue sur Plateau',
  'home.intro':
    'Plateau simule un centre d’appels pour préparer et passer l’épreuve pratique du titre professionnel RNCP 28662\u00a0: des appels de clients et de prospects, joués à partir de scénarios écrits par les formateurs.',
  'home.chooseRole': 'Qui êtes-vous\u00a0?',
  'home.candidate.title': 'Je suis candidat',
  'home.candidate.text': 'Je prends des appels simulés pour m’entraîner et passer mon épreuve.',
  'home.examiner.title': 'Je suis examinateur',
  'home.examiner.text': 'Je suis l’appel d’un candidat et j’évalue ses compétences.',
  'home.trainer.title': 'Je suis formateur',
  'home.trainer.text': 'J’écris et je vérifie les scénarios d’appel.',


  'candidate.title': 'Espace candidat',
  'candidate.intro':
    'Comme sur un vrai plateau, vous prenez l’appel d’un client ou d’un prospect\u00a0: vous l’accueillez, le questionnez, consultez le CRM, proposez une solution et concluez. Chaque scénario précise son contexte et les compétences observées.',
  'candidate.howTo.title': 'Comment s’entraîner',
  'candidate.howTo.choose': 'Choisissez un scénario dans le catalogue ci-dessous : filtrez par catégorie, type d’appel ou difficulté, et lisez son contexte.',
  'candidate.howTo.mode':
    'Choisissez le mode : « Guidé » pour apprendre (conseils, réponses commentées, plus de temps) ou « Comme à l’examen » pour vous tester (aucune aide avant la fin, minutages du jour J). Puis ouvrez le poste de travail : softphone, dialogue et CRM.',
  'candidate.howTo.microphone':
    'Autorisez le micro quand le navigateur le demande : il détecte seulement quand vous parlez (rien n’est enregistré) pour mesurer vos silences et votre temps de parole. Sans micro, l’appel se joue quand même, sans ces mesures.',
  'candidate.howTo.debrief':
    'À la fin de l’appel et du travail après appel, le bilan reprend le déroulé, vos actions dans le CRM et ce qui a été observé pour chaque compétence.',

  'examiner.title': 'Espace examinateur',
  'examiner.intro':
    'Vous suivez l’épreuve d’un candidat\u00a0: le déroulé de l’appel, ses actions dans le CRM et les éléments observés pour chaque compétence. Vous validez ou corrigez l’évaluation proposée, compétence par compétence.',

  'trainer.title': 'Espace formateur',
  'trainer.intro':
    'Vous écrivez les scénarios d’appel\u00a0: le client et ses réactions, les réponses possibles du candidat et les compétences qu’elles démontrent. Chaque scénario est un fichier texte lisible, vérifié avant d’être utilisé.',
  'trainer.guide':
    'Les scénarios sont des fichiers YAML du dossier «\u00a0scenarios/\u00a0»\u00a0; le guide du formateur (scenarios/README.md) explique comment les écrire et les vérifier. Pour jouer un appel entier (softphone, voix, bilan) avant une séance, ouvrez le poste de travail depuis la carte d’un scénario.',

  'studio.title': 'Atelier de scénarios',
  'studio.intro':
    'Chargez ou collez un scénario\u00a0: Plateau le vérifie ici avec les mêmes messages que «\u00a0npm run scenarios -- check\u00a0», en donne le graphe, et vous laisse jouer son CRM dans le navigateur, sans créer de séance sur le serveur.',
  'studio.open': 'Ouvrir l’atelier',
  'studio.fromTrainer': 'Vérifiez un scénario et essayez son CRM dans l’atelier, sans rien installer.',
  'studio.file': 'Ouvrir un fichier de scénario',
  'studio.editor': 'Scénario (YAML) — {file}',
  'studio.check': 'Vérifier',
  'studio.result': 'Résultat de la vérification',
  'studio.errors.one': '{count} erreur\u00a0: le scénario ne peut pas encore être utilisé.',
  'studio.errors.other': '{count} erreurs\u00a0: le scénario ne peut pas encore être utilisé.',
  'studio.valid': 'Scénario valide\u00a0: {title}',
  'studio.severity.error': 'erreur',
  'studio.severity.warning': 'avertissement',
  'studio.chart': 'Graphe de l’appel (Mermaid)',
  'studio.chart.help': 'Collez ce texte dans un afficheur Mermaid pour voir les étapes, les fins et les transitions.',
  'studio.chart.copy': 'Copier le graphe',
  'studio.play': 'Jouer dans le navigateur',
  'studio.play.insecure': 'Le jeu dans le navigateur demande une adresse sécurisée (localhost ou https)\u00a0: ouvrez Plateau sur ce poste ou en https.',
  'studio.play.failed': 'La séance d’essai n’a pas pu démarrer. Rechargez la page puis réessayez.',

  'catalogue.title': 'Catalogue des scénarios',
  'catalogue.loading': 'Chargement des scénarios…',
  'catalogue.errorTitle': 'Impossible de charger les scénarios.',
  'catalogue.errorText': 'Le serveur n’a pas répondu comme prévu ({detail}). Vérifiez que Plateau est bien démarré, puis réessayez.',
  'catalogue.errorNetwork': 'serveur injoignable',
  'catalogue.errorFormat': 'réponse illisible',
  'catalogue.retry': 'Réessayer',
  'catalogue.emptyTitle': 'Aucun scénario pour le moment.',
  'catalogue.emptyText': 'Les formateurs ajoutent les scénarios dans le dossier «\u00a0scenarios/\u00a0».',
  'catalogue.count.one': '{count} scénario',
  'catalogue.count.other': '{count} scénarios',
  'catalogue.filteredCount.one': '{count} scénario sur {total}',
  'catalogue.filteredCount.other': '{count} scénarios sur {total}',
  'catalogue.noMatch': 'Aucun scénario ne correspond à ces filtres.',
  'catalogue.resetFilters': 'Réinitialiser les filtres',

  'filters.legend': 'Filtrer les scénarios',
  'filters.category': 'Catégorie',
  'filters.allCategories': 'Toutes les catégories',
  'filters.direction': 'Type d’appel',
  'filters.allDirections': 'Tous les types d’appel',
  'filters.difficulty': 'Difficulté',
  'filters.allDifficulties': 'Toutes les difficultés',
  'filters.difficultyValue': 'Niveau {level}',
  'filters.competency': 'Compétence',
  'filters.allCompetencies': 'Toutes les compétences',

  'category.prospecting': 'Prospection',
  'category.sales': 'Vente',
  'category.support': 'SAV / support',
  'category.loyalty': 'Fidélisation',
  'direction.inbound': 'Appel entrant',
  'direction.outbound': 'Appel sortant',

  'scenario.category': 'Catégorie',
  'scenario.direction': 'Type d’appel',
  'scenario.difficulty': 'Difficulté',
  'scenario.difficultyValue': '{level} sur {max}',
  'scenario.duration': 'Durée',
  'scenario.durationValue': '{minutes} min',
  'scenario.competencies': 'Compétences évaluées',
  'scenario.briefing': 'Contexte de l’appel',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette adresse ne correspond à aucune page de Plateau.',
  'notFound.back': 'Retour à l’accueil',

  // The agent desktop, as the catalogue opens it (the desk's own text loads with the desk).
  'app.loading': 'Chargement…',
  'desk.open': 'Ouvrir le poste de travail',
  'practice.mode': 'Mode d’entraînement',
  'practice.guided': 'Guidé',
  'practice.guidedHelp': 'conseils, réponses commentées, plus de temps',
  'practice.exam': 'Comme à l’examen',
  'practice.examHelp': 'sans aide ni retour avant la fin, minutages du jour J',
  'desk.opening': 'Ouverture du poste de travail…',
  'desk.openError': 'Impossible d’ouvrir le poste de travail ({detail}). Réessayez.',
} as const;

export type MessageKey = keyof typeof fr;
/** A complete dictionary: every key of the French reference, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
