import type { Messages } from './fr';

/** English messages; typed as `Messages`, so a missing or extra key fails `tsc`. */
export const en: Messages = {
  'app.name': 'Plateau',
  'app.tagline': 'Call-centre simulator',
  'app.homeLink': 'Plateau, home',
  'app.skipToContent': 'Skip to content',
  'app.footer': 'Plateau · practical exam of the French professional title RNCP 28662',
  'app.breadcrumb': 'Breadcrumb',
  'app.home': 'Home',

  'language.label': 'Language',
  'language.fr': 'Français',
  'language.en': 'English',

  'home.title': 'Welcome to Plateau',
  'home.intro':
    'Plateau simulates a call centre to prepare for and sit the practical exam of the French professional title RNCP 28662: calls from customers and prospects, played from scenarios written by trainers.',
  'home.chooseRole': 'Who are you?',
  'home.candidate.title': 'I am a candidate',
  'home.candidate.text': 'I take simulated calls to practise and to sit my exam.',
  'home.examiner.title': 'I am an examiner',
  'home.examiner.text': 'I follow a candidate’s call and assess their competencies.',
  'home.trainer.title': 'I am a trainer',
  'home.trainer.text': 'I write and check the call scenarios.',


  'candidate.title': 'Candidate area',
  'candidate.intro':
    'As on a real call-centre floor, you take a call from a customer or a prospect: you greet them, ask questions, look things up in the CRM, offer a solution and close the call. Each scenario states its context and the competencies observed.',
  'candidate.howTo.title': 'How to practise',
  'candidate.howTo.choose': 'Choose a scenario in the catalogue below: filter by category, kind of call or difficulty, and read its context.',
  'candidate.howTo.mode':
    'Choose the mode: “Guided” to learn (hints, commented answers, more time) or “As in the exam” to test yourself (no help until the end, exam-day timings). Then open the desk: softphone, dialogue and CRM.',
  'candidate.howTo.microphone':
    'Allow the microphone when the browser asks: it only detects when you speak (nothing is recorded) to measure your silences and speaking time. Without it the call still plays, without those measures.',
  'candidate.howTo.debrief':
    'When the call and the after-call work are over, the debrief goes through the call, what you did in the CRM and what was observed for each competency.',

  'examiner.title': 'Examiner area',
  'examiner.intro':
    'You follow a candidate’s exam: how the call unfolds, what they do in the CRM and the evidence observed for each competency. You confirm or correct the suggested assessment, competency by competency.',

  'trainer.title': 'Trainer area',
  'trainer.intro':
    'You write the call scenarios: the customer and their reactions, the candidate’s possible answers and the competencies they show. Each scenario is a readable text file, checked before it is used.',
  'trainer.guide':
    'Scenarios are YAML files in the “scenarios/” folder; the trainer’s guide (scenarios/README.md, in French) explains how to write and check them. To play a whole call (softphone, voice, debrief) before a class, open the desk from a scenario’s card.',

  'studio.title': 'Scenario workshop',
  'studio.intro':
    'Load or paste a scenario: Plateau checks it here with the same messages as “npm run scenarios -- check”, gives its chart, and lets you play its CRM in the browser without creating a session on the server.',
  'studio.open': 'Open the workshop',
  'studio.fromTrainer': 'Check a scenario and try its CRM in the workshop, with nothing to install.',
  'studio.file': 'Open a scenario file',
  'studio.editor': 'Scenario (YAML) — {file}',
  'studio.check': 'Check',
  'studio.result': 'Check result',
  'studio.errors.one': '{count} error: the scenario cannot be used yet.',
  'studio.errors.other': '{count} errors: the scenario cannot be used yet.',
  'studio.valid': 'Valid scenario: {title}',
  'studio.severity.error': 'error',
  'studio.severity.warning': 'warning',
  'studio.chart': 'Call chart (Mermaid)',
  'studio.chart.help': 'Paste this text into a Mermaid viewer to see the steps, the endings and the transitions.',
  'studio.chart.copy': 'Copy the chart',
  'studio.play': 'Play in the browser',
  'studio.play.insecure': 'Playing in the browser needs a secure address (localhost or https): open Plateau on this computer or over https.',
  'studio.play.failed': 'The trial session could not start. Reload the page and try again.',

  'catalogue.title': 'Scenario catalogue',
  'catalogue.loading': 'Loading scenarios…',
  'catalogue.errorTitle': 'The scenarios could not be loaded.',
  'catalogue.errorText': 'The server did not answer as expected ({detail}). Check that Plateau is running, then try again.',
  'catalogue.errorNetwork': 'server unreachable',
  'catalogue.errorFormat': 'unreadable answer',
  'catalogue.retry': 'Try again',
  'catalogue.emptyTitle': 'No scenarios yet.',
  'catalogue.emptyText': 'Trainers add scenarios in the “scenarios/” folder.',
  'catalogue.count.one': '{count} scenario',
  'catalogue.count.other': '{count} scenarios',
  'catalogue.filteredCount.one': '{count} scenario of {total}',
  'catalogue.filteredCount.other': '{count} scenarios of {total}',
  'catalogue.noMatch': 'No scenario matches these filters.',
  'catalogue.resetFilters': 'Reset filters',

  'filters.legend': 'Filter the scenarios',
  'filters.category': 'Category',
  'filters.allCategories': 'All categories',
  'filters.direction': 'Call type',
  'filters.allDirections': 'All call types',
  'filters.difficulty': 'Difficulty',
  'filters.allDifficulties': 'All difficulties',
  'filters.difficultyValue': 'Level {level}',
  'filters.competency': 'Competency',
  'filters.allCompetencies': 'All competencies',

  'category.prospecting': 'Prospecting',
  'category.sales': 'Sales',
  'category.support': 'Customer service / support',
  'category.loyalty': 'Loyalty',
  'direction.inbound': 'Inbound call',
  'direction.outbound': 'Outbound call',

  'scenario.category': 'Category',
  'scenario.direction': 'Call type',
  'scenario.difficulty': 'Difficulty',
  'scenario.difficultyValue': '{level} of {max}',
  'scenario.duration': 'Duration',
  'scenario.durationValue': '{minutes} min',
  'scenario.competencies': 'Competencies assessed',
  'scenario.briefing': 'Call context',

  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not match any Plateau page.',
  'notFound.back': 'Back to home',

  // The agent desktop, as the catalogue opens it (the desk's own text loads with the desk).
  'app.loading': 'Loading…',
  'desk.open': 'Open the agent desktop',
  'practice.mode': 'Practice mode',
  'practice.guided': 'Guided',
  'practice.guidedHelp': 'hints, commented answers, more time',
  'practice.exam': 'As in the exam',
  'practice.examHelp': 'no help or feedback until the end, timings of the day',
  'desk.opening': 'Opening the agent desktop…',
  'desk.openError': 'The agent desktop could not be opened ({detail}). Try again.',
};
