import type { UpgradeMap } from '../../lib/template/types';

/**
 * How a version-1 agreement moves to version 2, question by question, in
 * version 2's order. No option was removed and none became looser; see
 * docs/template-v2.md for the reasons behind each change.
 */
export const V1_TO_V2_QUESTIONS: UpgradeMap['questions'] = [
  // consent
  { question: 'checkInStyle', change: 'same' },
  { question: 'noConsequences', change: 'same' },
  // sharing
  { question: 'contentKinds', change: 'reworded' },
  { question: 'videoCalls', change: 'new' },
  { question: 'noRecordingCalls', change: 'new' },
  { question: 'identifyingDetails', change: 'reworded' },
  { question: 'noFilesOrLocation', change: 'new' },
  { question: 'onlyOurselves', change: 'same' },
  // asking
  { question: 'askingFirst', change: 'same' },
  { question: 'noMeansNo', change: 'same' },
  { question: 'nudityBlur', change: 'new' },
  { question: 'rightChat', change: 'new' },
  { question: 'checkNewNumbers', change: 'new' },
  // security
  { question: 'intimateApp', change: 'settings' },
  { question: 'noInsecureChannels', change: 'same' },
  { question: 'accountLock', change: 'settings' },
  { question: 'chatLock', change: 'settings' },
  { question: 'lockScreenPreviews', change: 'options', added: ['hideEverywhere'] },
  { question: 'linkedDevicesCheck', change: 'settings' },
  // devices (new section)
  { question: 'noMonitoring', change: 'new' },
  { question: 'ownPhoneCare', change: 'new' },
  { question: 'sharedDevices', change: 'new' },
  // chatSettings
  { question: 'disappearingMessages', change: 'settings' },
  { question: 'viewOnce', change: 'settings' },
  { question: 'advancedChatPrivacy', change: 'settings' },
  { question: 'keepInChat', change: 'same' },
  // saving
  { question: 'savingMedia', change: 'settings' },
  // backups
  { question: 'chatBackups', change: 'reworded' },
  { question: 'iphoneCloudBackup', change: 'reworded' },
  // others
  { question: 'neverShowAnyone', change: 'same' },
  { question: 'noAppsOrAi', change: 'reworded' },
  { question: 'noBlanketConsent', change: 'same' },
  // somethingWrong
  { question: 'tellEachOther', change: 'same' },
  { question: 'containNotBlame', change: 'replaced', by: 'containTogether' },
  { question: 'containTogether', change: 'new' },
  // hardTimes (new section)
  { question: 'pauseAnyTime', change: 'new' },
  { question: 'afterAFight', change: 'new' },
  { question: 'noThreatsInAnger', change: 'new' },
  { question: 'ifTermBroken', change: 'new' },
  // endings
  { question: 'whatGetsDeleted', change: 'same' },
  { question: 'deletionDeadline', change: 'same' },
  { question: 'deletionTrigger', change: 'same' },
  { question: 'deleteEvenIfApart', change: 'new' },
  { question: 'noLeverage', change: 'same' },
  // revisiting (unchanged section)
  { question: 'reviewCadence', change: 'same' },
  { question: 'afterBigChange', change: 'same' },
];

/** Every version-1 option whose words changed, beside its nearest version-2 option. */
export const V1_TO_V2_OPTIONS: UpgradeMap['options'] = [
  {
    question: 'contentKinds',
    from: 'textVoicePhotosVideo',
    to: 'textVoicePhotosVideo',
    direction: 'same',
    why: 'Reads as a limit, with a yes needed each time, so it cannot be read as a yes given in advance (review T3).',
  },
  {
    question: 'contentKinds',
    from: 'noVideo',
    to: 'noVideo',
    direction: 'same',
    why: 'Reads as a limit, with a yes needed each time (review T3).',
  },
  {
    question: 'contentKinds',
    from: 'textAndVoiceOnly',
    to: 'textAndVoiceOnly',
    direction: 'same',
    why: 'Reads as a limit, with a yes needed each time (review T3).',
  },
  {
    question: 'identifyingDetails',
    from: 'never',
    to: 'never',
    direction: 'stricter',
    why: 'Also leaves out names and anything that shows who we are (review §5.3).',
  },
  {
    question: 'lockScreenPreviews',
    from: 'hidePreviews',
    to: 'hidePreviews',
    direction: 'same',
    why: 'Same meaning, clearer label. A stricter option, hiding previews on watches and car screens too, is now the most protective and the default.',
  },
  {
    question: 'chatBackups',
    from: 'noChatBackups',
    to: 'noChatBackups',
    direction: 'stricter',
    why: 'Also deletes any backup made before, since turning backups off leaves the old one in place (review A5).',
  },
  {
    question: 'iphoneCloudBackup',
    from: 'leaveAsIs',
    to: 'leaveAsIs',
    direction: 'same',
    why: 'Says honestly that the backup can also hold photos and messages, not only our chat (review A2).',
  },
];

/** Commitments whose words changed: each partner affirms the new words. */
export const V1_TO_V2_COMMITMENTS: UpgradeMap['commitments'] = [
  { from: 'noAppsOrAi', to: 'noAppsOrAi', why: 'Adds AI features that read the screen, such as Windows Recall (review §5.6).' },
  {
    from: 'containNotBlame',
    to: 'containTogether',
    why: 'Names deliberate sharing or a threat as abuse, not a mistake to contain quietly (review T2).',
  },
];

export const V1_TO_V2: UpgradeMap = {
  fromVersion: 1,
  questions: V1_TO_V2_QUESTIONS,
  options: V1_TO_V2_OPTIONS,
  commitments: V1_TO_V2_COMMITMENTS,
};
