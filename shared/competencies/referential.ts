// The competency referential of the title RNCP 28662, "Gestionnaire de l'administration des
// ventes et de la relation commerciale", kept as data so that a school can correct it.
//
// Source: the official RNCP sheet (shared/seed/000_f77fb97efabcb95d.txt). The sheet gives the
// blocks, how many competencies each holds, the validation thresholds and how each block is
// assessed. It names no competency: the titles and indicators below are written by the project
// from the job description in the sheet, each one observable by a jury (in a call or in the
// CRM) or, for the ORG block, by the company tutor.
//
// Notes on the sheet:
// - It announces "42 compétences" in all, but its blocks hold 26 + 9 + 6 = 41. We keep 41, the
//   sum of the per-block counts, which are the figures the thresholds refer to.
// - Its block numbering is inconsistent: the headings number the blocks ADM = 1, ORG = 2,
//   RCD = 3, while the validation rules in the same cells say "bloc 2" (7 of 9), "bloc 3"
//   (5 of 6) and "bloc 1" (22 of 26). We use stable letter ids instead of numbers.
// - The assessment texts below describe the initial and continuing training route. Through VAE
//   every block is assessed on the candidate's file ("livret 2") and an interview with the jury.
// - The sheet's list of assessment methods also ties the written company case study to
//   "Bloc 1 et 3"; since its numbering does not match the blocks, only the methods stated in each
//   block's own description are kept here.

export type BlockId = 'RCD' | 'ADM' | 'ORG';

/** Where a jury (or the company tutor) can see the competency at work. */
export type Observation = 'call' | 'crm' | 'workplace';

export interface LocalizedText {
  fr: string;
  en: string;
}

export interface Competency {
  /** 'RCD-01' … 'RCD-26', 'ADM-01' … 'ADM-09', 'ORG-01' … 'ORG-06'. */
  id: string;
  block: BlockId;
  title: LocalizedText;
  /** What a jury ticks: 2 to 4 observable behaviours. */
  indicators: readonly LocalizedText[];
  observedIn: readonly Observation[];
  /** Assessed in the practical test on PC and telephone (all of RCD, the CRM/invoicing part of ADM). */
  practicalTest: boolean;
}

export interface Block {
  id: BlockId;
  title: LocalizedText;
  /** Number of acquired competencies needed to validate the block. */
  threshold: number;
  assessment: LocalizedText;
}

export interface Referential {
  version: number;
  blocks: readonly Block[];
  competencies: readonly Competency[];
}

export const referential = {
  version: 1,
  blocks: [
    {
      id: 'RCD',
      title: {
        fr: 'Gérer la relation client à distance',
        en: 'Managing remote customer relations',
      },
      threshold: 22,
      assessment: {
        fr: 'Cinq fiches pratiques de relation client soutenues à l’oral, épreuve orale technique et pratique en situation simulée sur PC et téléphone, étude de cas d’entreprise écrite et projet d’amélioration de procédure soutenu à l’oral. Le bloc est validé lorsque 22 compétences sur 26 sont acquises.',
        en: 'Five customer-relations practice sheets defended orally, a technical and practical oral test in a simulated situation on PC and telephone, a written company case study and a process-improvement project defended orally. The block is validated when 22 of its 26 competencies are acquired.',
      },
    },
    {
      id: 'ADM',
      title: {
        fr: 'Gérer le suivi administratif et financier d’un dossier client',
        en: 'Managing the administrative and financial follow-up of a customer file',
      },
      threshold: 7,
      assessment: {
        fr: 'Cinq fiches pratiques soutenues à l’oral ; les compétences liées au CRM et à la facturation sont également observées lors de l’épreuve pratique sur PC et téléphone. Le bloc est validé lorsque 7 compétences sur 9 sont acquises.',
        en: 'Five practice sheets defended orally; the CRM and invoicing competencies are also observed in the practical test on PC and telephone. The block is validated when 7 of its 9 competencies are acquired.',
      },
    },
    {
      id: 'ORG',
      title: {
        fr: 'Développer des réflexes d’organisation administrative',
        en: 'Developing administrative organisation habits',
      },
      threshold: 5,
      assessment: {
        fr: 'Évaluation par le tuteur d’entreprise en situation réelle de travail. Le bloc est validé lorsque 5 compétences sur 6 sont acquises.',
        en: 'Assessed by the company tutor in a real work situation. The block is validated when 5 of its 6 competencies are acquired.',
      },
    },
  ],
  competencies: [
    // ── RCD: managing remote customer relations (26, validated at 22) ──────────────────────
    // Ordered roughly as a call unfolds: preparation, opening, discovery, offer, actions in the
    // CRM, difficult moments, closing, then what runs through the whole call and the wrap-up.
    {
      id: 'RCD-01',
      block: 'RCD',
      title: {
        fr: 'Préparer un appel sortant et vérifier qu’il est autorisé',
        en: 'Prepare an outbound call and check that it is allowed',
      },
      indicators: [
        {
          fr: 'Consulte la fiche et l’historique du contact avant de composer le numéro',
          en: 'Reviews the contact’s record and history before dialling',
        },
        {
          fr: 'Fixe l’objectif de l’appel et tient prêts les éléments utiles (offre, argumentaire, disponibilités)',
          en: 'Sets the goal of the call and has the useful material ready (offer, sales pitch, availability)',
        },
        {
          fr: 'Vérifie le consentement au démarchage téléphonique ou l’existence d’un contrat en cours lié à l’objet de l’appel',
          en: 'Checks consent to telephone canvassing, or a current contract related to the purpose of the call',
        },
        {
          fr: 'Vérifie le jour, le créneau horaire, le nombre de tentatives sur 30 jours et l’absence de refus récent',
          en: 'Checks the day, the time slot, the number of attempts in the last 30 days and that no recent refusal is on file',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-02',
      block: 'RCD',
      title: {
        fr: 'Accueillir un appel entrant selon la charte de l’entreprise',
        en: 'Answer an inbound call according to the company’s charter',
      },
      indicators: [
        {
          fr: 'Décroche dans le délai fixé par la charte d’accueil',
          en: 'Picks up within the time set by the charter',
        },
        {
          fr: 'Salue l’appelant avec la formule d’accueil de l’entreprise',
          en: 'Greets the caller with the company’s greeting',
        },
        {
          fr: 'Annonce le nom de l’entreprise ou du service, puis son prénom',
          en: 'States the company or department name, then their own first name',
        },
        {
          fr: 'Propose son aide par une question d’ouverture',
          en: 'Offers help with an opening question',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-03',
      block: 'RCD',
      title: {
        fr: 'Se présenter en début d’appel sortant conformément au Code de la consommation',
        en: 'Introduce oneself at the start of an outbound call as consumer law requires',
      },
      indicators: [
        {
          fr: 'Donne son identité dès les premières phrases',
          en: 'Gives their identity in the very first sentences',
        },
        {
          fr: 'Nomme l’entreprise pour le compte de laquelle l’appel est passé',
          en: 'Names the company on whose behalf the call is made',
        },
        {
          fr: 'Annonce clairement le caractère commercial de l’appel',
          en: 'States clearly that the call is commercial',
        },
        {
          fr: 'S’assure que l’interlocuteur est disponible pour poursuivre l’échange',
          en: 'Checks that the person is available to go on with the call',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-04',
      block: 'RCD',
      title: {
        fr: 'Identifier l’interlocuteur et retrouver son dossier dans le CRM',
        en: 'Identify the caller and find their record in the CRM',
      },
      indicators: [
        {
          fr: 'Demande les éléments d’identification prévus (nom, numéro client, code postal…)',
          en: 'Asks for the expected identification details (name, customer number, postcode…)',
        },
        {
          fr: 'Ouvre la bonne fiche en écartant les homonymes et les doublons',
          en: 'Opens the right record, ruling out namesakes and duplicates',
        },
        {
          fr: 'Vérifie l’identité de l’interlocuteur avant de communiquer une information sur le compte',
          en: 'Verifies the caller’s identity before disclosing any account information',
        },
        {
          fr: 'Crée une fiche complète lorsque le contact est inconnu',
          en: 'Creates a complete record when the contact is unknown',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-05',
      block: 'RCD',
      title: {
        fr: 'Découvrir les besoins du client par un questionnement ouvert',
        en: 'Discover the customer’s needs through open questions',
      },
      indicators: [
        {
          fr: 'Pose des questions ouvertes pour faire exprimer la demande',
          en: 'Asks open questions so that the customer states the request',
        },
        {
          fr: 'Précise le besoin par des questions ciblées (usage, quantité, délai, budget)',
          en: 'Narrows the need down with targeted questions (use, quantity, timing, budget)',
        },
        {
          fr: 'Fait émerger les motivations et les critères de choix du client',
          en: 'Brings out the customer’s motivations and buying criteria',
        },
        {
          fr: 'Ne propose pas de solution avant d’avoir cerné le besoin',
          en: 'Does not offer a solution before the need is clear',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-06',
      block: 'RCD',
      title: {
        fr: 'Pratiquer l’écoute active',
        en: 'Practise active listening',
      },
      indicators: [
        {
          fr: 'Laisse le client finir ses phrases sans lui couper la parole',
          en: 'Lets the customer finish without talking over them',
        },
        {
          fr: 'Manifeste son écoute par de brèves relances verbales',
          en: 'Shows they are listening with short verbal prompts',
        },
        {
          fr: 'Réutilise les informations déjà données sans les redemander',
          en: 'Reuses information already given instead of asking for it again',
        },
        {
          fr: 'Note les informations clés au fil de l’échange',
          en: 'Notes the key information as the conversation goes',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-07',
      block: 'RCD',
      title: {
        fr: 'Reformuler la demande pour valider sa compréhension',
        en: 'Rephrase the request to confirm understanding',
      },
      indicators: [
        {
          fr: 'Reformule la demande avec ses propres mots',
          en: 'Rephrases the request in their own words',
        },
        {
          fr: 'Obtient l’accord explicite du client sur la reformulation',
          en: 'Gets the customer’s explicit agreement to the rephrasing',
        },
        {
          fr: 'Corrige sa compréhension lorsque le client apporte une rectification',
          en: 'Adjusts their understanding when the customer corrects it',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-08',
      block: 'RCD',
      title: {
        fr: 'Présenter une offre adaptée et l’argumenter',
        en: 'Present a suitable offer and make the case for it',
      },
      indicators: [
        {
          fr: 'Choisit dans le catalogue une offre qui répond au besoin exprimé',
          en: 'Picks from the catalogue an offer that meets the stated need',
        },
        {
          fr: 'Traduit les caractéristiques du produit en avantages pour le client',
          en: 'Turns product features into benefits for the customer',
        },
        {
          fr: 'Annonce le prix et les conditions sans ambiguïté',
          en: 'States the price and terms unambiguously',
        },
        {
          fr: 'Vérifie l’adhésion du client par une question de contrôle',
          en: 'Checks the customer’s buy-in with a checking question',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-09',
      block: 'RCD',
      title: {
        fr: 'Traiter les objections du client',
        en: 'Handle the customer’s objections',
      },
      indicators: [
        {
          fr: 'Accueille l’objection sans la contester d’emblée',
          en: 'Acknowledges the objection without contesting it outright',
        },
        {
          fr: 'Fait préciser l’objection pour en identifier la cause réelle',
          en: 'Has the objection spelt out to find its real cause',
        },
        {
          fr: 'Apporte une réponse argumentée ou une solution de remplacement',
          en: 'Answers with a reasoned argument or an alternative',
        },
        {
          fr: 'Vérifie que l’objection est levée avant de poursuivre',
          en: 'Checks that the objection is resolved before moving on',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-10',
      block: 'RCD',
      title: {
        fr: 'Renseigner le client sur la disponibilité des produits',
        en: 'Inform the customer about product availability',
      },
      indicators: [
        {
          fr: 'Consulte dans l’outil le stock disponible, réservé et à venir',
          en: 'Looks up available, reserved and incoming stock in the tool',
        },
        {
          fr: 'Annonce un délai cohérent avec les dates de réapprovisionnement',
          en: 'Gives a lead time consistent with restocking dates',
        },
        {
          fr: 'Ne promet ni une quantité ni une date que le stock ne permet pas de tenir',
          en: 'Never promises a quantity or a date that the stock cannot meet',
        },
        {
          fr: 'Propose un produit de substitution ou une livraison partielle en cas de rupture',
          en: 'Offers a substitute or a partial delivery when an item is out of stock',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-11',
      block: 'RCD',
      title: {
        fr: 'Prendre une commande à distance',
        en: 'Take an order remotely',
      },
      indicators: [
        {
          fr: 'Saisit les références et les quantités en unités commercialisables',
          en: 'Enters items and quantities in saleable units',
        },
        {
          fr: 'Vérifie l’adresse et le mode de livraison ainsi que les conditions de règlement',
          en: 'Checks the delivery address, the delivery method and the payment terms',
        },
        {
          fr: 'Récapitule la commande (articles, quantités, prix, délai) et obtient l’accord du client',
          en: 'Reads back the order (items, quantities, prices, lead time) and gets the customer’s agreement',
        },
        {
          fr: 'Enregistre la commande dans le CRM sans erreur de saisie',
          en: 'Records the order in the CRM without entry errors',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-12',
      block: 'RCD',
      title: {
        fr: 'Proposer une vente additionnelle ou une montée en gamme',
        en: 'Offer an add-on sale or an upgrade',
      },
      indicators: [
        {
          fr: 'S’appuie sur l’historique d’achat et les produits habituellement commandés',
          en: 'Draws on purchase history and the items usually ordered',
        },
        {
          fr: 'Propose au bon moment un produit complémentaire ou de gamme supérieure',
          en: 'Suggests a complementary or higher-range product at the right moment',
        },
        {
          fr: 'Relie la proposition au besoin exprimé par le client',
          en: 'Links the suggestion to the customer’s stated need',
        },
        {
          fr: 'Accepte un refus sans insister',
          en: 'Accepts a refusal without pushing',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-13',
      block: 'RCD',
      title: {
        fr: 'Fixer un rendez-vous',
        en: 'Set up an appointment',
      },
      indicators: [
        {
          fr: 'Propose des créneaux compatibles avec l’agenda du commercial ou du technicien',
          en: 'Offers slots that fit the salesperson’s or technician’s diary',
        },
        {
          fr: 'Confirme la date, l’heure, le lieu et l’objet du rendez-vous',
          en: 'Confirms the date, time, place and purpose of the appointment',
        },
        {
          fr: 'Enregistre le rendez-vous dans l’agenda partagé ou le CRM',
          en: 'Records the appointment in the shared diary or the CRM',
        },
        {
          fr: 'Indique au client comment modifier ou annuler le rendez-vous',
          en: 'Tells the customer how to change or cancel it',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-14',
      block: 'RCD',
      title: {
        fr: 'Programmer un rappel',
        en: 'Schedule a callback',
      },
      indicators: [
        {
          fr: 'Convient avec le client d’un créneau de rappel précis',
          en: 'Agrees a precise callback slot with the customer',
        },
        {
          fr: 'Retient un créneau autorisé lorsque le rappel a une visée commerciale',
          en: 'Picks a permitted time slot when the callback is commercial',
        },
        {
          fr: 'Vérifie le numéro auquel rappeler',
          en: 'Checks the number to call back on',
        },
        {
          fr: 'Crée dans le CRM la tâche de rappel avec son motif',
          en: 'Creates the callback task in the CRM, with its reason',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-15',
      block: 'RCD',
      title: {
        fr: 'Mettre un appel en attente dans les règles',
        en: 'Put a call on hold properly',
      },
      indicators: [
        {
          fr: 'Demande l’autorisation du client avant de le mettre en attente',
          en: 'Asks the customer’s permission before putting them on hold',
        },
        {
          fr: 'Explique la raison de l’attente et en annonce la durée',
          en: 'Explains the reason for the hold and states how long it will last',
        },
        {
          fr: 'Reprend l’appel dans le délai annoncé, ou fait un point d’étape',
          en: 'Comes back within the stated time, or gives an update',
        },
        {
          fr: 'Remercie le client de sa patience à la reprise',
          en: 'Thanks the customer for waiting on coming back',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-16',
      block: 'RCD',
      title: {
        fr: 'Orienter l’appel vers le bon interlocuteur',
        en: 'Route the call to the right person or department',
      },
      indicators: [
        {
          fr: 'Identifie le service compétent pour la demande',
          en: 'Identifies the department that handles the request',
        },
        {
          fr: 'Annonce le transfert au client et en explique la raison',
          en: 'Tells the customer about the transfer and why',
        },
        {
          fr: 'Transmet au collègue le contexte et la demande pour éviter au client de se répéter',
          en: 'Briefs the colleague on the context and request so the customer need not repeat themselves',
        },
        {
          fr: 'Propose un rappel ou la prise de message si le service est indisponible',
          en: 'Offers a callback or takes a message if the department is unavailable',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-17',
      block: 'RCD',
      title: {
        fr: 'Traiter une réclamation ou une demande de service après-vente',
        en: 'Handle a complaint or an after-sales request',
      },
      indicators: [
        {
          fr: 'Recueille les faits (commande, produit, date, nature du problème)',
          en: 'Gathers the facts (order, product, date, nature of the problem)',
        },
        {
          fr: 'Ouvre ou met à jour le ticket SAV avec une qualification exacte',
          en: 'Opens or updates the after-sales ticket with the correct category',
        },
        {
          fr: 'Propose une solution conforme à la politique de l’entreprise (échange, réparation, avoir…)',
          en: 'Offers a remedy within company policy (exchange, repair, credit note…)',
        },
        {
          fr: 'Annonce les prochaines étapes et leur délai',
          en: 'States the next steps and their timing',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-18',
      block: 'RCD',
      title: {
        fr: 'Gérer un client mécontent ou agressif',
        en: 'Handle a dissatisfied or aggressive customer',
      },
      indicators: [
        {
          fr: 'Garde un ton calme et posé face à l’agressivité',
          en: 'Keeps a calm, steady tone in the face of hostility',
        },
        {
          fr: 'Laisse le client exprimer son mécontentement, puis fait preuve d’empathie',
          en: 'Lets the customer vent, then shows empathy',
        },
        {
          fr: 'Ne polémique pas et ne rejette pas la faute sur un autre service',
          en: 'Does not argue or put the blame on another department',
        },
        {
          fr: 'Pose poliment une limite en cas de propos injurieux',
          en: 'Politely sets a limit if the customer becomes abusive',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-19',
      block: 'RCD',
      title: {
        fr: 'Fidéliser le client et prévenir son départ',
        en: 'Build customer loyalty and prevent churn',
      },
      indicators: [
        {
          fr: 'Repère dans le CRM les signaux de départ (fin de contrat, risque d’attrition, insatisfaction)',
          en: 'Spots signs of departure in the CRM (contract end, churn risk, dissatisfaction)',
        },
        {
          fr: 'Fait exprimer les raisons du souhait de départ',
          en: 'Gets the customer to explain why they want to leave',
        },
        {
          fr: 'Propose une offre de fidélisation dans les limites de la politique commerciale',
          en: 'Offers a retention deal within the limits of commercial policy',
        },
        {
          fr: 'Met en valeur l’ancienneté du client et les avantages liés à son statut',
          en: 'Acknowledges the customer’s tenure and the benefits of their loyalty tier',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-20',
      block: 'RCD',
      title: {
        fr: 'Conclure l’appel et prendre congé',
        en: 'Close the call and say goodbye',
      },
      indicators: [
        {
          fr: 'Récapitule ce qui a été convenu et les prochaines étapes',
          en: 'Sums up what was agreed and the next steps',
        },
        {
          fr: 'Vérifie que le client n’a pas d’autre demande',
          en: 'Checks that the customer has no other request',
        },
        {
          fr: 'Remercie et salue le client avec la formule de la charte',
          en: 'Thanks the customer and says goodbye with the charter’s closing phrase',
        },
        {
          fr: 'Laisse le client raccrocher en premier',
          en: 'Lets the customer hang up first',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-21',
      block: 'RCD',
      title: {
        fr: 'S’exprimer de façon professionnelle au téléphone',
        en: 'Speak professionally on the telephone',
      },
      indicators: [
        {
          fr: 'Vouvoie le client et emploie un vocabulaire courtois, sans familiarité',
          en: 'Addresses the customer as “vous” and uses courteous language, never familiar',
        },
        {
          fr: 'Parle distinctement, avec un débit et un volume adaptés',
          en: 'Speaks clearly, at a suitable pace and volume',
        },
        {
          fr: 'Évite les silences prolongés en commentant ses recherches',
          en: 'Avoids long silences by saying what they are looking up',
        },
        {
          fr: 'Privilégie les formulations positives et évite le jargon interne',
          en: 'Prefers positive wording and avoids in-house jargon',
        },
      ],
      observedIn: ['call'],
      practicalTest: true,
    },
    {
      id: 'RCD-22',
      block: 'RCD',
      title: {
        fr: 'Maîtriser la durée et le déroulement de l’appel',
        en: 'Manage the length and flow of the call',
      },
      indicators: [
        {
          fr: 'Traite la demande dans la durée cible fixée pour ce type d’appel',
          en: 'Handles the request within the target duration for this type of call',
        },
        {
          fr: 'Recentre poliment l’échange en cas de digression',
          en: 'Politely steers the conversation back when it drifts',
        },
        {
          fr: 'Enchaîne les étapes de l’appel sans retour en arrière inutile',
          en: 'Moves through the call’s steps without needless backtracking',
        },
        {
          fr: 'Termine le travail après appel dans le temps imparti',
          en: 'Finishes the after-call work within the time allowed',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-23',
      block: 'RCD',
      title: {
        fr: 'Respecter les obligations de la vente à distance envers le consommateur',
        en: 'Meet distance-selling obligations towards consumers',
      },
      indicators: [
        {
          fr: 'Précise au consommateur qu’il ne sera engagé qu’après avoir signé ou accepté l’offre écrite',
          en: 'Tells the consumer that they are bound only once they sign or accept the written offer',
        },
        {
          fr: 'Annonce l’envoi d’une confirmation écrite de l’offre sur un support durable',
          en: 'Announces that a written confirmation of the offer will be sent on a durable medium',
        },
        {
          fr: 'Informe du droit de rétractation de 14 jours et de son point de départ',
          en: 'Explains the 14-day right of withdrawal and when it starts',
        },
        {
          fr: 'Envoie la confirmation depuis le CRM avant de clôturer le dossier',
          en: 'Sends the confirmation from the CRM before closing the file',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-24',
      block: 'RCD',
      title: {
        fr: 'Protéger les données personnelles et bancaires du client',
        en: 'Protect the customer’s personal and payment data',
      },
      indicators: [
        {
          fr: 'Informe le client de l’enregistrement éventuel de l’appel et respecte son opposition',
          en: 'Tells the customer if the call may be recorded and respects an objection',
        },
        {
          fr: 'Ne fait jamais énoncer de numéro de carte ni de cryptogramme pendant l’enregistrement',
          en: 'Never has a card number or security code read out while the call is recorded',
        },
        {
          fr: 'Oriente le paiement vers le canal sécurisé prévu',
          en: 'Directs payment to the designated secure channel',
        },
        {
          fr: 'Ne saisit dans le CRM que les données nécessaires au traitement',
          en: 'Enters in the CRM only the data needed for the purpose',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-25',
      block: 'RCD',
      title: {
        fr: 'Rédiger la note d’appel dans le CRM',
        en: 'Write the call note in the CRM',
      },
      indicators: [
        {
          fr: 'Rédige une note indiquant le motif, les actions menées et la suite donnée',
          en: 'Writes a note stating the reason for the call, the actions taken and the follow-up',
        },
        {
          fr: 'Écrit de façon factuelle et concise, compréhensible par un collègue',
          en: 'Writes factually and concisely, so a colleague can follow',
        },
        {
          fr: 'Qualifie l’appel (motif, résultat) avec les codes prévus',
          en: 'Tags the call (reason, outcome) with the expected codes',
        },
        {
          fr: 'Saisit la note avant de prendre l’appel suivant',
          en: 'Enters the note before taking the next call',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },
    {
      id: 'RCD-26',
      block: 'RCD',
      title: {
        fr: 'Mettre à jour la fiche client à l’issue de l’échange',
        en: 'Update the customer record from the conversation',
      },
      indicators: [
        {
          fr: 'Corrige les coordonnées qui ont changé (adresse, téléphone, courriel, interlocuteur)',
          en: 'Corrects contact details that have changed (address, phone, email, contact person)',
        },
        {
          fr: 'Enregistre le consentement ou le refus de démarchage exprimé pendant l’appel',
          en: 'Records consent to, or refusal of, canvassing expressed during the call',
        },
        {
          fr: 'Complète les informations commerciales utiles (besoins, projets, concurrents)',
          en: 'Adds useful commercial information (needs, projects, competitors)',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },

    // ── ADM: administrative and financial follow-up of a customer file (9, validated at 7) ──
    // practicalTest marks the CRM and invoicing competencies that the practical test on PC and
    // telephone can observe; the others show over days or weeks and are assessed through the
    // practice sheets and their oral defence.
    {
      id: 'ADM-01',
      block: 'ADM',
      title: {
        fr: 'Traiter une commande jusqu’à sa livraison',
        en: 'Process an order through to delivery',
      },
      indicators: [
        {
          fr: 'Contrôle la commande avant validation (prix, conditions, encours autorisé)',
          en: 'Checks the order before confirming it (prices, terms, credit limit)',
        },
        {
          fr: 'Envoie au client l’accusé de réception de commande',
          en: 'Sends the order acknowledgement to the customer',
        },
        {
          fr: 'Suit l’expédition et la livraison jusqu’à leur confirmation',
          en: 'Tracks shipping and delivery until they are confirmed',
        },
        {
          fr: 'Prévient le client de tout retard et propose une solution',
          en: 'Warns the customer of any delay and offers a solution',
        },
      ],
      observedIn: ['crm', 'call'],
      practicalTest: true,
    },
    {
      id: 'ADM-02',
      block: 'ADM',
      title: {
        fr: 'Établir un devis',
        en: 'Draw up a quote',
      },
      indicators: [
        {
          fr: 'Reprend les références, les quantités et les prix du catalogue',
          en: 'Uses the catalogue references, quantities and prices',
        },
        {
          fr: 'Applique uniquement les remises autorisées par la politique commerciale',
          en: 'Applies only the discounts that commercial policy allows',
        },
        {
          fr: 'Indique la durée de validité, le délai de livraison et les conditions de règlement',
          en: 'States the validity period, the delivery lead time and the payment terms',
        },
        {
          fr: 'Relance le client avant l’échéance du devis',
          en: 'Follows up with the customer before the quote expires',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },
    {
      id: 'ADM-03',
      block: 'ADM',
      title: {
        fr: 'Établir et contrôler une facture',
        en: 'Issue and check an invoice',
      },
      indicators: [
        {
          fr: 'Facture à partir de la commande et du bon de livraison',
          en: 'Invoices from the order and the delivery note',
        },
        {
          fr: 'Vérifie les mentions obligatoires, les taux de TVA et les totaux',
          en: 'Checks the mandatory details, VAT rates and totals',
        },
        {
          fr: 'Applique l’échéance prévue par les conditions de paiement du client',
          en: 'Sets the due date from the customer’s payment terms',
        },
        {
          fr: 'Adresse la facture au bon destinataire',
          en: 'Sends the invoice to the right recipient',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },
    {
      id: 'ADM-04',
      block: 'ADM',
      title: {
        fr: 'Établir un avoir justifié',
        en: 'Issue a justified credit note',
      },
      indicators: [
        {
          fr: 'Vérifie le motif de l’avoir (retour, erreur de facturation, geste commercial accordé)',
          en: 'Checks the reason for the credit note (return, billing error, approved goodwill gesture)',
        },
        {
          fr: 'Rattache l’avoir à la facture d’origine',
          en: 'Links the credit note to the original invoice',
        },
        {
          fr: 'Calcule le montant exact, TVA comprise',
          en: 'Calculates the exact amount, VAT included',
        },
        {
          fr: 'Informe le client de l’imputation ou du remboursement',
          en: 'Tells the customer whether it will be offset or refunded',
        },
      ],
      observedIn: ['crm', 'call'],
      practicalTest: true,
    },
    {
      id: 'ADM-05',
      block: 'ADM',
      title: {
        fr: 'Suivre les règlements et relancer les factures impayées',
        en: 'Monitor payments and chase overdue invoices',
      },
      indicators: [
        {
          fr: 'Repère dans le CRM les factures échues et non réglées',
          en: 'Spots overdue, unpaid invoices in the CRM',
        },
        {
          fr: 'Mène une relance amiable, courtoise et ferme, en rappelant le montant et l’échéance',
          en: 'Chases the payment politely and firmly, stating the amount and the due date',
        },
        {
          fr: 'Obtient un engagement de paiement daté ou un échéancier',
          en: 'Obtains a dated payment commitment or an instalment plan',
        },
        {
          fr: 'Trace la relance et l’engagement obtenu dans le dossier',
          en: 'Logs the reminder and the commitment in the file',
        },
      ],
      observedIn: ['call', 'crm'],
      practicalTest: true,
    },
    {
      id: 'ADM-06',
      block: 'ADM',
      title: {
        fr: 'Instruire et résoudre un litige client',
        en: 'Investigate and settle a customer dispute',
      },
      indicators: [
        {
          fr: 'Rassemble les pièces du dossier (commande, bon de livraison, réserves, facture)',
          en: 'Gathers the documents (order, delivery note, carrier’s reservations, invoice)',
        },
        {
          fr: 'Établit l’origine du litige et les responsabilités (client, transporteur, entreprise)',
          en: 'Establishes the cause of the dispute and who is responsible (customer, carrier, company)',
        },
        {
          fr: 'Propose une issue validée par le responsable et la met en œuvre',
          en: 'Proposes a settlement approved by the manager and carries it out',
        },
        {
          fr: 'Clôture le litige et en informe le client par écrit',
          en: 'Closes the dispute and informs the customer in writing',
        },
      ],
      observedIn: ['crm', 'workplace'],
      practicalTest: false,
    },
    {
      id: 'ADM-07',
      block: 'ADM',
      title: {
        fr: 'Garantir la fiabilité des données du fichier clients',
        en: 'Keep the customer file data reliable',
      },
      indicators: [
        {
          fr: 'Détecte et signale les fiches en double',
          en: 'Detects and flags duplicate records',
        },
        {
          fr: 'Renseigne les champs obligatoires (SIRET, TVA intracommunautaire, conditions de paiement, contact de facturation)',
          en: 'Fills in the mandatory fields (SIRET, EU VAT number, payment terms, billing contact)',
        },
        {
          fr: 'Contrôle la cohérence entre la fiche client, les commandes et les factures',
          en: 'Checks consistency between the customer record, orders and invoices',
        },
      ],
      observedIn: ['crm'],
      practicalTest: true,
    },
    {
      id: 'ADM-08',
      block: 'ADM',
      title: {
        fr: 'Suivre les stocks et les reliquats de commandes',
        en: 'Monitor stock levels and back orders',
      },
      indicators: [
        {
          fr: 'Repère les articles sous le seuil d’alerte et prévient le service achats',
          en: 'Spots items below the reorder level and alerts purchasing',
        },
        {
          fr: 'Tient à jour la liste des reliquats et leur date de disponibilité prévue',
          en: 'Keeps the list of back orders and their expected availability dates up to date',
        },
        {
          fr: 'Informe les clients concernés de tout changement de délai',
          en: 'Informs the customers concerned of any change in lead time',
        },
      ],
      observedIn: ['crm', 'workplace'],
      practicalTest: false,
    },
    {
      id: 'ADM-09',
      block: 'ADM',
      title: {
        fr: 'Exploiter les tableaux de bord de l’administration des ventes',
        en: 'Use sales administration dashboards',
      },
      indicators: [
        {
          fr: 'Met à jour les indicateurs de suivi (commandes, chiffre d’affaires, encours, retards)',
          en: 'Updates the tracking indicators (orders, revenue, outstanding receivables, delays)',
        },
        {
          fr: 'Interprète les écarts par rapport aux objectifs',
          en: 'Interprets variances from targets',
        },
        {
          fr: 'Propose une action corrective à partir des indicateurs',
          en: 'Proposes a corrective action based on the indicators',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },

    // ── ORG: administrative organisation habits (6, validated at 5) ─────────────────────────
    // Assessed by the company tutor in a real work situation, not in the practical test.
    {
      id: 'ORG-01',
      block: 'ORG',
      title: {
        fr: 'Planifier son activité et adapter son planning aux contraintes',
        en: 'Plan one’s work and adapt the schedule to constraints',
      },
      indicators: [
        {
          fr: 'Tient un planning quotidien et hebdomadaire de ses tâches',
          en: 'Keeps a daily and weekly plan of their tasks',
        },
        {
          fr: 'Réajuste son planning en cas d’imprévu ou de pic d’appels',
          en: 'Adjusts the plan for unexpected events or call peaks',
        },
        {
          fr: 'Respecte les échéances fixées',
          en: 'Meets the deadlines set',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
    {
      id: 'ORG-02',
      block: 'ORG',
      title: {
        fr: 'Hiérarchiser ses priorités',
        en: 'Prioritise one’s tasks',
      },
      indicators: [
        {
          fr: 'Distingue l’urgent de l’important',
          en: 'Tells the urgent from the important',
        },
        {
          fr: 'Traite en premier les demandes à fort enjeu pour le client ou pour l’entreprise',
          en: 'Deals first with requests that matter most to the customer or the company',
        },
        {
          fr: 'Justifie ses choix de priorité lorsque cela lui est demandé',
          en: 'Can justify their priorities when asked',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
    {
      id: 'ORG-03',
      block: 'ORG',
      title: {
        fr: 'Classer et archiver les documents',
        en: 'File and archive documents',
      },
      indicators: [
        {
          fr: 'Classe les documents selon l’arborescence et les règles de nommage du service',
          en: 'Files documents following the department’s folder structure and naming rules',
        },
        {
          fr: 'Retrouve rapidement une pièce demandée',
          en: 'Finds a requested document quickly',
        },
        {
          fr: 'Respecte les durées de conservation et la confidentialité des documents',
          en: 'Respects retention periods and document confidentiality',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
    {
      id: 'ORG-04',
      block: 'ORG',
      title: {
        fr: 'Utiliser efficacement les outils bureautiques',
        en: 'Use office software effectively',
      },
      indicators: [
        {
          fr: 'Construit sur tableur des tableaux de suivi fiables (formules, tris, filtres)',
          en: 'Builds reliable tracking tables in a spreadsheet (formulas, sorting, filters)',
        },
        {
          fr: 'Rédige des courriers et des courriels professionnels sans faute',
          en: 'Writes error-free professional letters and emails',
        },
        {
          fr: 'Utilise l’agenda et la messagerie partagés de l’équipe',
          en: 'Uses the team’s shared calendar and mailbox',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
    {
      id: 'ORG-05',
      block: 'ORG',
      title: {
        fr: 'Transmettre l’information utile à l’équipe',
        en: 'Pass useful information on to the team',
      },
      indicators: [
        {
          fr: 'Transmet les informations aux bons interlocuteurs en temps utile',
          en: 'Passes information to the right people in good time',
        },
        {
          fr: 'Choisit le canal adapté (oral, courriel, outil partagé)',
          en: 'Chooses the right channel (in person, email, shared tool)',
        },
        {
          fr: 'Prépare une passation claire avant une absence ou en fin de journée',
          en: 'Prepares a clear handover before an absence or at the end of the day',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
    {
      id: 'ORG-06',
      block: 'ORG',
      title: {
        fr: 'Rendre compte de son activité à sa hiérarchie',
        en: 'Report on one’s work to the manager',
      },
      indicators: [
        {
          fr: 'Fait régulièrement le point sur l’avancement de ses dossiers',
          en: 'Gives regular updates on the progress of their cases',
        },
        {
          fr: 'Alerte sans délai en cas d’incident ou de risque',
          en: 'Raises an incident or a risk without delay',
        },
        {
          fr: 'Présente des faits chiffrés et propose des solutions',
          en: 'Presents facts with figures and proposes solutions',
        },
      ],
      observedIn: ['workplace'],
      practicalTest: false,
    },
  ],
} as const satisfies Referential;

/** The id of a competency of this referential ('RCD-01' …). */
export type CompetencyId = (typeof referential.competencies)[number]['id'];
