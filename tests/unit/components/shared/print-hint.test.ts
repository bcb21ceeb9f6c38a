import { describe, expect, it } from 'vitest';
import { printHintMessage } from '@/components/shared/print-hint';

describe('the note under a name or own term the PDF cannot fully print', () => {
  it.each(['Zoë', 'प्रिया', 'প্রিয়া', 'பிரியா', 'สมศรี', 'נועה', '王芳', '陳美玲', '佐藤さくら', '김지우', ''])('says nothing for “%s”', (text) => {
    expect(printHintMessage(text)).toBe('');
  });

  it('names Arabic, Persian and Urdu gently, without listing letters', () => {
    expect(printHintMessage('نور')).toBe('The PDF can’t print Arabic, Persian and Urdu letters correctly yet, so it will show “?” in their place. This app, and the copy you keep, will show it exactly as typed.');
  });

  it('lists other characters no font draws', () => {
    expect(printHintMessage('Sam 😀')).toBe('The PDF can’t print 😀, so it will show “?” there. This app, and the copy you keep, will show it exactly as typed.');
    expect(printHintMessage('نور 😀')).toContain('letters correctly yet, so it will show “?” in their place. It also can’t print 😀, so it will show “?” there.');
  });
});
