import { RU } from './i18n/ru';
import { mount } from './mount';

// The Russian edition (ru/): its catalogue, and no other language's words.
mount(RU);
