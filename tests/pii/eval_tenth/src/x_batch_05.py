# Writer x, batch 05: job fairs and unemployment-benefit correspondence. CC0 1.0.
DOCS = [
{"id": "s10-x05-001", "kind": "registration_export", "text": """2024 수원시 청년 채용박람회 사전등록 (대학 재학생 부스) — export_0412.csv
no,name,univ,student_no,birth,mobile,email,희망직무
1,[[PERSON:구민서]],경기대,[[STUDENT_ID:201911372]],[[BIRTH_DATE:2000-05-14]],[[PHONE_NUMBER:010-3381-2207]],[[EMAIL_ADDRESS:minseo.koo@kyonggi.ac.kr]],마케팅
2,[[PERSON:심태윤]],아주대,[[STUDENT_ID:202020418]],[[BIRTH_DATE:2001-09-02]],[[PHONE_NUMBER:010-9470-5516]],[[EMAIL_ADDRESS:ty.shim@ajou.ac.kr]],SW개발
3,[[PERSON:Aziz Karimov]],성균관대(자연과학),[[STUDENT_ID:2022315904]],[[BIRTH_DATE:1998-12-21]],[[PHONE_NUMBER:010-2184-6093]],[[EMAIL_ADDRESS:aziz.k@g.skku.edu]],데이터분석
4,[[PERSON:반지우]],수원대,[[STUDENT_ID:19-1042-77]],[[BIRTH_DATE:2000-01-30]],[[PHONE_NUMBER:010-6612-3048]],[[EMAIL_ADDRESS:jiwoo_ban@naver.com]],회계"""},

{"id": "s10-x05-002", "kind": "officer_memo", "text": """[채용박람회 현장 민원] {{date:4/12}} {{time:15:20}}
- 참가자 [[PERSON:Aziz Karimov]](우즈벡, D-2 유학) : 면접 부스에서 외국인등록증 원본 제출 요구받음, 사본 촬영 후 반환 안 된 채 업체 철수
- 외국인등록번호 [[KR_FRN:981221-5930714]] 노출 / 학생증 번호 [[STUDENT_ID:2022315904]]
- 해당 업체: □□테크 (부스 {{room_number:B-17}}), 인사담당 [[PERSON:여승준]] 대리 명함 [[PHONE_NUMBER:010-7702-4916]]
- 조치: 업체에 사본 파기 확인 요청, {{date:4/15}}까지 회신. 일자리정책과 [[PERSON:소윤희]]"""},

{"id": "s10-x05-003", "kind": "email", "text": """받는 사람: [[PERSON:소윤희]] <[[EMAIL_ADDRESS:yunhee.so@suwon.go.kr]]>
보낸 사람: [[PERSON:여승준]] <[[EMAIL_ADDRESS:sj.yeo@ddtech.co.kr]]>
참조: {{public_email:recruit@ddtech.co.kr}}

주무관님 안녕하세요, □□테크 인사팀 [[PERSON:여승준]]입니다.
말씀하신 박람회 당일 수집 서류는 {{date:4월 13일}} 전량 파쇄했습니다(파쇄확인서 첨부).
외국인 지원자분([[PERSON:Aziz]] 님) 등록증 사본도 포함되어 있었고 별도 스캔본은 없습니다.
재발 방지를 위해 현장에서는 이력서만 받도록 하겠습니다. 죄송합니다.

□□테크 대표번호 {{public_number:031-8015-3300}}"""},

{"id": "s10-x05-004", "kind": "citizen_letter", "text": """실업급여 부정수급이라고 환수 통지서를 받았는데 억울합니다.
저는 {{date:작년 9월 30일}}에 권고사직으로 퇴사했고 {{date:10월 10일}}부터 구직급여를 받았습니다. 그런데 {{date:12월}}에 이틀 동안 지인 가게에서 일손 도운 걸 신고 안 했다고 전액 환수라고 합니다. 돈은 받지도 않았어요.
이름 [[PERSON:맹수빈]] / 생년월일 [[BIRTH_DATE:1990. 7. 7]] / 주소 [[KR_ADDRESS:용인시 수지구 성복2로 86, 엘지빌리지 3차 311동 2004호]]
고용보험 구직번호는 {{code:2023-4102-19883}}입니다.
시에서 도와주실 수 있는 방법이 있는지요. [[PHONE_NUMBER:010 9928 1170]]"""},

{"id": "s10-x05-005", "kind": "form_ocr", "text": """이 직 확 인 서
① 피보험자  성명 [[PERSON:맹수빈]]   주민등록번호 [[KR_RRN:900707-1******]]
② 사업장  명칭 (주)그린로지스   관리번호 {{code:13186-01882-0}}
③ 피보험 단위기간 {{date:2021.03.02}} ~ {{date:2023.09.30}}
④ 이직사유 코드 {{code:23}} (경영상 필요 및 회사불황으로 인한 인원감축)
⑤ 사번 [[EMPLOYEE_ID:GL2103-0078]]
⑥ 평균임금 산정 기간 {{date:2023.07.01}} ~ {{date:2023.09.30}} 임금총액 {{amount:8,742,000}}
작성자 인사팀 [[PERSON:천보람]] ☎ [[PHONE_NUMBER:031-336-72O4]]"""},

{"id": "s10-x05-006", "kind": "kakaotalk_export", "text": """[[[PERSON:맹수빈]]] 사장님 그때 제가 12월에 가게 이틀 도와드린 거요
[[[PERSON:육경호]] 사장님] 응 [[PERSON:수빈]]아 왜
[[[PERSON:맹수빈]]] 고용센터에서 그거 일한 걸로 봐서 실업급여 토해내래요 ㅠ
[[[PERSON:육경호]] 사장님] 헐 돈도 안받았잖아 내가 확인서 써줄게
[[[PERSON:육경호]] 사장님] 가게 주소 [[KR_ADDRESS:용인시 수지구 수풍로 17, 1층 103호]] 사업자 [[KR_BRN:543-20-0061?]] 이거 쓰면 되지?
[[[PERSON:맹수빈]]] 네 감사해요!!"""},

{"id": "s10-x05-007", "kind": "officer_memo", "text": """구직급여 이의신청 지원 메모
- 신청인: [[PERSON:맹수빈]] ([[BIRTH_DATE:90.07.07]])
- 쟁점: 무급 일손돕기의 취업 해당 여부. 지인 [[PERSON:육경호]](음식점 운영) 사실확인서 확보
- 심사청구 기한: 처분 안 날부터 90일 → {{date:2024.05.08}}
- 고용센터 담당 [[PERSON:국지선]] 취업지원관 [[PHONE_NUMBER:031-8007-98xx]]"""},

{"id": "s10-x05-008", "kind": "job_application_ocr", "text": """입 사 지 원 서 (운전직 — 마을버스)
성명(한글) [[PERSON:변 창 수]]  (한자) [[PERSON:卞昌洙]]
생년월일 [[BIRTH_DATE:1971년 11월 26일]] (만 52세)
현주소 [[KR_ADDRESS:경기도 성남시 중원구 금광로 77-1 (금광동) 2층]]
연락처 [[PHONE_NUMBER:010-4O31-8852]]
운전면허 1종 대형 번호 [[KR_DRIVER_LICENSE:11-98-027451-81]]   취득일 {{date:1998.04.17}}
버스운전자격 {{code:제 경기-2011-04412 호}}
최근 경력 ○○운수 {{date:2015.03}} ~ {{date:2023.12}}"""},

{"id": "s10-x05-009", "kind": "spreadsheet_paste", "text": """중장년 일자리박람회 현장면접 결과 (운수·물류관)
성명 | 나이 | 면허번호 | 지원분야 | 결과
[[PERSON:변창수]] | 52 | [[KR_DRIVER_LICENSE:11-98-027451-81]] | 마을버스 | 2차면접
[[PERSON:편명식]] | 58 | [[KR_DRIVER_LICENSE:경기 09-145528-40]] | 택배 간선 | 합격
[[PERSON:도윤순]] | 61 | [[KR_DRIVER_LICENSE:서울 88-602193-12]] | 통학차량 | 보류(적성검사 만료)
[[PERSON:차경훈]] | 55 | [[KR_DRIVER_LICENSE:1314-512937-22]] | 지게차 | 합격
※ 나이는 만 나이, 면접일 {{date:2024.04.19}}"""},

{"id": "s10-x05-010", "kind": "citizen_letter", "text": """안녕하세요 저는 필리핀에서 온 [[PERSON:Jocelyn Reyes]] 입니다. 한국 이름 없어요.
남편([[PERSON:김성곤]])이랑 같이 용인 살아요. 일자리 박람회 가고 싶은데 결혼이민(F-6)도 돼요?
제 외국인등록번호 [[KR_FRN:870311-6042885]], 여권 [[KR_PASSPORT:P4418302A]]
전화 [[PHONE_NUMBER:010-3327-0914]] 한국어 느려요, 문자 좋아요.
주소 [[KR_ADDRESS:용인시 처인구 중부대로 1432, 105동 1106호]]"""},

{"id": "s10-x05-011", "kind": "sms", "text": """[고용노동부] [[PERSON:남궁은비]]님 {{date:4/22}}(월) 실업인정일입니다. 구직활동 2회 이상 입력 후 온라인 인정 신청 바랍니다. 수급자번호 {{code:A24-0381772}} 문의 {{public_number:1350}}"""},

{"id": "s10-x05-012", "kind": "email", "text": """보낸사람: [[PERSON:남궁은비]] <[[EMAIL_ADDRESS:eunbi_ng@kakao.com]]>
제목: 실업급여 수급 중 창업 준비 관련 문의

안녕하세요. 실업급여 받는 중인데 시 청년창업지원사업에 신청해도 되는지 궁금해서요.
사업자등록을 하면 바로 급여가 끊기나요? 아직 등록 전이고 작업실만 계약했습니다([[KR_ADDRESS:수원시 팔달구 행궁로 36-4, 2층]]).
[[PERSON:남궁은비]] / [[BIRTH_DATE:1996.3.3]] / [[PHONE_NUMBER:010-5574-9021]]"""},

{"id": "s10-x05-013", "kind": "officer_memo", "text": """[조기재취업수당 상담 정리]
신청인 [[PERSON:남궁은비]] — 성은 '남궁', 이름 '[[PERSON:은비]]'. 시스템에 '[[PERSON:남 궁은비]]'로 잘못 등록되어 있음 → 정정 요청
수급기간 {{date:2024.01.15}}~{{date:2024.07.12}}, 잔여 소정급여일수 {{statistic:121일}}
창업 시 사업자등록일 이후 자영업 전환 신고 필요 안내"""},

{"id": "s10-x05-014", "kind": "call_transcript", "text": """(일자리센터 상담 녹취 일부)
상담사: 생년월일이요?
내담자: [[BIRTH_DATE:육삼년 일월]]... 아 주민번호로 할게요. [[KR_RRN:육삼공일일팔 다시 이일사]]...
상담사: 앞자리만 주시면 돼요.
내담자: [[BIRTH_DATE:630118]]이요. 이름은 [[PERSON:탁영순]].
상담사: 네 [[PERSON:탁영순]] 선생님. 예전에 하시던 일이?
내담자: 학교 급식실 조리원 18년 했어요. 정년 전에 그만뒀어요 {{date:작년 2월}}에.
상담사: 주소는 그대로 [[KR_ADDRESS:권선구 곡반정동 562-3 (곡반정로 14번길)]] 맞으시죠?"""},

{"id": "s10-x05-015", "kind": "certificate_ocr", "text": """경력증명서
성명 : [[PERSON:탁영순]]       생년월일 : [[BIRTH_DATE:1963.01.18]]
근무처 : 수원○○초등학교 급식실
직위 : 조리실무사     교직원번호 : [[EMPLOYEE_ID:K-0409-1877]]
근무기간 : {{date:2005.03.01}} ~ {{date:2023.02.28}}
발급번호 {{document_number:제2024-112호}}
위와 같이 증명합니다.  {{date:2024. 3. 19.}}  학교장"""},

{"id": "s10-x05-016", "kind": "officer_memo", "text": """[일자리박람회 주차 민원] 참가 구직자 차량이 전시장 관계자 구역에 주차 → 견인 예고 문자 발송 대상
[[KR_CAR_PLATE:52누 3308]] ([[PERSON:편명식]], [[PHONE_NUMBER:010-2836-7719]])
[[KR_CAR_PLATE:경기 37 바 1192]] (렌트/영업용, 운전자 확인중)
[[KR_CAR_PLATE:149무7027]] ([[PERSON:차경훈]])
관계자 차량(예외): 시 관용 {{code:수원 관용 11호}}
행사장: {{place_name:수원컨벤션센터}} 지하2층, 기간 {{date:4.19.(금)}}"""},

{"id": "s10-x05-017", "kind": "citizen_letter", "text": """국민취업지원제도 참여수당이 3개월째 안 들어옵니다. 처음 두 달은 [[BANK_ACCOUNT:1002-663-019284]](우리) 로 잘 들어왔는데 {{date:2월분}}부터 안 들어와요.
상담사님([[PERSON:허윤지]] 선생님) 연락도 안 되고요.
참여자 [[PERSON:손하진]], [[BIRTH_DATE:2002]]년생 아니고 [[BIRTH_DATE:2002년 8월 9일]]생입니다(전에 생년이 잘못 들어갔다고 들었어요). [[PHONE_NUMBER:010-4850-6217]]"""},

{"id": "s10-x05-018", "kind": "system_log", "text": """[worknet-kiosk-07] {{date:2024-04-12}} 13:05:22 print job user_name=[[PERSON:손하진]] doc=resume.pdf pages=2
[worknet-kiosk-07] {{date:2024-04-12}} 13:05:22 client=[[IP_ADDRESS:172.16.40.107]] gateway={{ip_gateway:172.16.40.1}} ver={{version:kiosk 2.4.0}}
[worknet-kiosk-07] {{date:2024-04-12}} 13:06:10 usb_removed serial={{code:4C530001230719117385}}"""},
]
