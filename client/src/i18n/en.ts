/**
 * English strings. This object's shape is the `Dictionary` type every language must fill;
 * strings with values are functions so each language orders its words freely.
 */
export const en = {
  app: {
    name: 'Balanza',
    language: 'Language',
    allBoards: 'All boards',
    loading: 'Opening the board…',
    notYetHere:
      "This board isn't on this device yet and the server can't be reached. It opens as soon as the connection returns.",
    errorPrefix: 'Something went wrong',
    dismiss: 'Dismiss',
    notifications: 'Notifications',
    unreachable: "Can't reach the Balanza server. Check your connection or that the server is running, then try again.",
    retry: 'Try again',
    pageNotFoundTitle: 'There is nothing at this address',
    pageNotFoundBody: 'Check the link, or open one of the boards.',
  },
  identity: {
    titleFirst: 'Welcome to Balanza',
    titleEdit: 'Your name and colour',
    intro: 'Teammates see this name and colour next to what you are working on.',
    name: 'Your name',
    namePlaceholder: 'e.g. Ana Ruiz',
    nameRequired: 'Type a name so teammates know who is editing.',
    color: 'Colour',
    customColor: 'Custom colour',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Change your name or colour',
  },
  home: {
    title: 'Boards',
    subtitle: "Each board holds one year's review and the next year's operating plan, written together.",
    newBoard: 'New board',
    boardTitle: 'Title',
    boardTitlePlaceholder: (year: number) => `Annual review ${year}`,
    titleRequired: 'Give the board a title.',
    shop: 'Shop',
    shopPlaceholder: 'e.g. Tea House (Tmall)',
    reviewedYear: 'Reviewed year',
    currency: 'Currency',
    boardLanguage: 'Board language',
    create: 'Create board',
    creating: 'Creating…',
    emptyTitle: 'No boards yet',
    emptyBody:
      'A board walks your team through the year: goals against actuals, what the year cost, the campaigns on a timeline, and what to keep, change or add next year. Create the first one with the form.',
    years: (reviewed: number, plan: number) => `Review ${reviewed} · plan ${plan}`,
    updated: (when: string) => `Updated ${when}`,
    noShop: 'No shop set',
    delete: 'Delete',
    deleteBoard: (title: string) => `Delete board “${title}”`,
    confirmDelete: (title: string) => `Delete “${title}” for everyone? This cannot be undone.`,
    confirm: 'Delete for everyone',
    cancel: 'Cancel',
    cachedList: 'Offline: this is the list from your last visit.',
  },
  sections: {
    dashboard: 'Dashboard',
    goals: 'Goals',
    ledger: 'Input & output',
    timeline: 'Timeline',
    measures: 'Measures',
    notes: 'Notes',
    plan: 'Plan',
  },
  sectionsSoon: {
    dashboard:
      "The year at a glance will live here: goals hit and missed, what the year cost and next year's plan on one page.",
    goals: '',
    ledger:
      'Costs against turnover will live here (labour, product, commissions, marketing, logistics, after-sales) with the non-money results beside them.',
    timeline:
      "The year's campaigns, launches and monthly results will live here on lanes, each with its targets, spend and verdict.",
    measures:
      'What to keep, change and add next year will live here, each measure linked to the goals and campaigns behind it.',
    notes: "The team's written reflections on each part of the review will live here, edited together.",
    firstAction: 'Start with the goals',
  },
  board: {
    sectionsNav: 'Sections',
    years: (reviewed: number, plan: number) => `Review ${reviewed} → plan ${plan}`,
    notFoundTitle: "This board doesn't exist",
    notFoundBody: 'It may have been deleted, or the link is incomplete.',
    undo: 'Undo',
    redo: 'Redo',
    refused: (reason: string) => `The server refused this board (${reason}). Reload the page or go back to all boards.`,
  },
  connection: {
    connecting: 'Connecting…',
    syncing: 'Syncing…',
    synced: 'Synced',
    offline: 'Offline',
    offlineHelp: 'Your changes are kept on this device and sent when the connection returns.',
    savedLocally: 'A copy is kept on this device.',
  },
  presence: {
    label: 'People on this board',
    you: 'you',
    where: (name: string, section: string) => `${name} — in ${section}`,
    nowhere: (name: string) => `${name} — on the board`,
  },
  goals: {
    title: 'Goals and deviations',
    intro: (year: number) =>
      `Target against actual for each goal of ${year}. Type a number and press Enter: the figures update for everyone.`,
    keys: 'Enter saves and moves down · Tab moves right · arrows move · Esc cancels',
    columns: {
      metric: 'Metric',
      move: 'Move',
      actions: 'Actions',
      unit: 'Unit',
      direction: 'Direction',
      target: 'Target',
      actual: 'Actual',
      attainment: 'Attainment',
      deviation: 'Deviation',
      status: 'Status',
    },
    units: { money: 'Money', count: 'Count', percent: 'Percent', score: 'Score' },
    directions: { higher: 'Higher is better', lower: 'Lower is better' },
    status: { hit: 'Hit', missed: 'Missed', unfilled: 'Not filled' },
    labelPlaceholder: 'Name the metric',
    add: 'Add goal',
    remove: (label: string) => `Delete goal “${label}”`,
    removed: (label: string) => `Deleted goal “${label}”.`,
    undo: 'Undo',
    reorder: (label: string) => `Move goal “${label}”`,
    empty: 'No goals yet. Add one to compare its target with what the year actually brought.',
    untitled: 'untitled',
    flagged: (message: string) =>
      `A teammate's app saved a value that doesn't fit here (${message}). Type a new value to fix it.`,
    figure: (name: string, formula: string) => `${name} = ${formula}`,
    drag: {
      instructions:
        'To pick up a goal, press Space or Enter. Use the up and down arrows to move it, Space or Enter to drop it, Escape to cancel.',
      picked: (label: string) => `Picked up goal ${label}.`,
      over: (label: string, position: number, total: number) => `Goal ${label} is at position ${position} of ${total}.`,
      dropped: (label: string, position: number, total: number) =>
        `Dropped goal ${label} at position ${position} of ${total}.`,
      cancelled: (label: string) => `Moving goal ${label} was cancelled.`,
    },
  },
  errors: {
    saveFailed: (message: string) => `Couldn't save: ${message}`,
  },
};

export type Dictionary = typeof en;
