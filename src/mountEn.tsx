import { EN } from './i18n/en';
import { mount } from './mount';

// The English edition: its catalogue, and no other language's words.
mount(EN);
